package vn.vnpt.bacgiang.cskh.campaign;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.segment.SegmentFixture;

/**
 * Prepares a campaign in planning for submission: the segment fixture's customers loaded, the
 * members split into shares and one budget line. Run it signed in as a planner.
 */
public final class PlanFixture {

    private PlanFixture() {
    }

    public static void prepareForSubmission(CarePlanService plans, JdbcTemplate jdbc, long campaignId) {
        loadCustomers(jdbc);
        plans.split(campaignId);
        plans.saveLine(line(campaignId, "Quà tri ân", 10, 150_000));
    }

    public static void loadCustomers(JdbcTemplate jdbc) {
        SegmentFixture.ensureLoaded(jdbc, LocalDate.now(VnFormats.ZONE));
    }

    public static BudgetLine line(long campaignId, String description, long quantity, long unitPrice) {
        BudgetLine line = new BudgetLine(campaignId);
        line.setCategory(BudgetCategory.GIFT);
        line.setDescription(description);
        line.setQuantity(quantity);
        line.setUnitPrice(unitPrice);
        return line;
    }
}
