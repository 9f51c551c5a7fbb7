package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.LONG_TENURE_SEGMENT;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.draft;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignFixture.id;
import static vn.vnpt.bacgiang.cskh.campaign.CampaignState.*;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.segment.SegmentQuery;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

class CarePlanServiceTest extends PortalTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private SegmentService segments;
    @Autowired
    private SegmentQuery segmentQuery;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void customers() {
        PlanFixture.loadCustomers(jdbc);
    }

    @Test
    void theSplitGivesEachExecutingUnitItsMembersAndCoversTheSegment() throws Exception {
        Campaign campaign = inPlanning();
        signIn("kehoach");

        List<CampaignShare> shares = plans.split(id(campaign));

        long total = segmentQuery.count(segments.get(LONG_TENURE_SEGMENT).getCriteria()).total();
        assertThat(total).isPositive();
        assertThat(shares.stream().mapToLong(CampaignShare::getMembers).sum()).isEqualTo(total);
        assertThat(shares).allSatisfy(share -> assertThat(share.getQuota()).isEqualTo(share.getMembers()));
        List<String> kinds = jdbc.queryForList("SELECT u.kind FROM campaign_share s JOIN unit u ON u.id = s.unit_id "
                + "WHERE s.campaign_id = ?", String.class, id(campaign));
        assertThat(kinds).isNotEmpty().allMatch(kind -> kind.equals("DISTRICT_SALES") || kind.equals("ENTERPRISE_SALES"));
        // the fixture's Sơn Động store customers (unit 130) count at the Sơn Động sales department (13)
        Map<Long, Long> byUnit = shares.stream().collect(Collectors.toMap(CampaignShare::getUnitId,
                CampaignShare::getMembers));
        Long sonDongStore = jdbc.queryForObject(segmentSql("'/1/2/13/%'"), Long.class);
        assertThat(byUnit.getOrDefault(13L, 0L)).isEqualTo(sonDongStore);
        assertThat(auditEntries("CampaignShare", "campaign_share", id(campaign), "CREATE")).isEqualTo(shares.size());

        // a re-split keeps the shares (and their targets) and still covers the segment
        CampaignShare first = shares.get(0).copy();
        first.setReachRate(80);
        plans.updateShare(first);
        List<CampaignShare> again = plans.split(id(campaign));
        assertThat(again).hasSameSizeAs(shares);
        assertThat(again.get(0).getReachRate()).isEqualTo(80);
    }

    @Test
    void badValuesAreRefusedWithTheirMessagesAndNothingIsSaved() throws Exception {
        Campaign campaign = inPlanning();
        signIn("kehoach");
        CampaignShare share = plans.split(id(campaign)).get(0);

        CampaignShare negative = share.copy();
        negative.setQuota(-1L);
        assertThatThrownBy(() -> plans.updateShare(negative)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("quota");
        CampaignShare over = share.copy();
        over.setQuota(share.getMembers() + 1);
        assertThatThrownBy(() -> plans.updateShare(over)).isInstanceOf(RuleViolation.class)
                .hasMessage("campaign.plan.quotaOverMembers")
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("quota"));
        CampaignShare rate = share.copy();
        rate.setReachRate(101);
        rate.setSatisfaction(new BigDecimal("6"));
        assertThatThrownBy(() -> plans.updateShare(rate)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("reachRate").hasMessageContaining("satisfaction");

        CampaignShare stored = plans.shares(id(campaign)).get(0);
        assertThat(stored.getQuota()).isEqualTo(share.getMembers());
        assertThat(stored.getReachRate()).isEqualTo(90);
        assertThat(stored.getVersion()).isEqualTo(share.getVersion());

        assertThatThrownBy(() -> plans.saveLine(PlanFixture.line(id(campaign), "Quà", 0, 100_000)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> plans.saveLine(PlanFixture.line(id(campaign), "Quà", 3, -5)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("unitPrice");
        assertThat(plans.budget(id(campaign))).isEmpty();
    }

    @Test
    void theBudgetTotalsPerUnitAndOverall() throws Exception {
        Campaign campaign = inPlanning();
        signIn("kehoach");
        CampaignShare share = plans.split(id(campaign)).get(0);
        plans.saveLine(PlanFixture.line(id(campaign), "Tin nhắn chúc mừng", 1_000, 300));
        BudgetLine gifts = PlanFixture.line(id(campaign), "Quà tri ân", 10, 150_000);
        gifts.setUnitId(share.getUnitId());
        BudgetLine saved = plans.saveLine(gifts);
        plans.saveLine(withUnit(PlanFixture.line(id(campaign), "Xăng xe", 2, 250_000), share.getUnitId()));

        assertThat(saved.getAmount()).isEqualTo(1_500_000);
        assertThat(saved.getUnitName()).isEqualTo(share.getUnitName());
        CarePlanService.BudgetTotals totals = plans.totals(plans.budget(id(campaign)));
        assertThat(totals.overall()).isEqualTo(2_300_000);
        assertThat(totals.perUnit()).containsEntry("", 300_000L).containsEntry(share.getUnitName(), 2_000_000L);
        assertThat(auditEntries("BudgetLine", "budget_line", id(campaign), "CREATE")).isEqualTo(3);

        BudgetLine edit = saved.copy();
        edit.setQuantity(20L);
        plans.saveLine(edit);
        assertThat(plans.totals(plans.budget(id(campaign))).overall()).isEqualTo(3_800_000);
        assertThatThrownBy(() -> plans.saveLine(saved.copy())).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> plans.deleteLine(saved.getId(), saved.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        BudgetLine current = plans.budget(id(campaign)).stream().filter(line -> line.getId().equals(saved.getId()))
                .findFirst().orElseThrow();
        assertThat(current.getCreatedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(current.getUpdatedAt()).isAfter(current.getCreatedAt());
        plans.deleteLine(current.getId(), current.getVersion());
        assertThat(plans.totals(plans.budget(id(campaign))).overall()).isEqualTo(800_000);
    }

    @Test
    void submittingIsRefusedWithoutSharesCoveringTheSegmentOrABudget() throws Exception {
        Campaign campaign = inPlanning();
        assertSubmitRefused(campaign, "campaign.guard.shares");

        as("kehoach", () -> plans.split(id(campaign)));
        assertSubmitRefused(campaign, "campaign.guard.budget");

        as("kehoach", () -> plans.saveLine(PlanFixture.line(id(campaign), "Quà", 1, 100_000)));
        jdbc.update("UPDATE campaign_share SET members = members + 1, quota = quota + 1 WHERE campaign_id = ? "
                + "ORDER BY id LIMIT 1", id(campaign));
        assertSubmitRefused(campaign, "campaign.guard.sharesCover");

        as("kehoach", () -> plans.split(id(campaign)));
        Campaign submitted = as("kehoach", () -> campaigns.move(id(campaign), campaign.getVersion(), APPRAISAL, null));
        assertThat(submitted.getState()).isEqualTo(APPRAISAL);
        assertThatThrownBy(() -> as("kehoach", () -> plans.split(id(campaign)))).isInstanceOf(RuleViolation.class)
                .hasMessage("campaign.plan.locked");
    }

    @Test
    void aDistrictManagerCannotChangeThePlan() throws Exception {
        Campaign campaign = inPlanning();
        CampaignShare share = as("kehoach", () -> plans.split(id(campaign))).get(0);
        signIn("lucnam.truongphong");

        assertThatThrownBy(() -> plans.split(id(campaign))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.updateShare(share.copy())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.saveLine(PlanFixture.line(id(campaign), "Quà", 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecondOfTwoPlannersEditingAShareIsRefusedAndTheFirstEditStays() throws Exception {
        Campaign campaign = inPlanning();
        signIn("kehoach");
        CampaignShare share = plans.split(id(campaign)).get(0);
        CampaignShare first = share.copy();
        CampaignShare second = share.copy();
        first.setQuota(0L);
        plans.updateShare(first);
        second.setSuccessRate(50);

        assertThatThrownBy(() -> plans.updateShare(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        CampaignShare stored = plans.shares(id(campaign)).get(0);
        assertThat(stored.getQuota()).isZero();
        assertThat(stored.getSuccessRate()).isEqualTo(70);
    }

    private Campaign inPlanning() throws Exception {
        Campaign campaign = CampaignFixture.withStepTwoDone(jdbc,
                as("kehoach", () -> campaigns.create(draft("Kế hoạch", LONG_TENURE_SEGMENT))));
        for (CampaignState next : new CampaignState[] {ORIENTATION, PLANNING}) {
            Campaign current = campaign;
            campaign = as("kehoach", () -> campaigns.move(id(current), current.getVersion(), next, null));
        }
        return campaign;
    }

    private void assertSubmitRefused(Campaign campaign, String reason) {
        assertThatThrownBy(() -> as("kehoach", () -> campaigns.move(id(campaign), campaign.getVersion(), APPRAISAL,
                null))).isInstanceOf(RuleViolation.class).hasMessage(reason);
    }

    private static BudgetLine withUnit(BudgetLine line, long unitId) {
        line.setUnitId(unitId);
        return line;
    }

    private String segmentSql(String pathLike) {
        return "SELECT COUNT(*) FROM customer WHERE customer_since <= DATE_SUB(CURRENT_DATE, INTERVAL 10 YEAR) "
                + "AND unit_path LIKE " + pathLike;
    }

    /** The audit entries of the campaign's own records of a type (kept in the given table). */
    private int auditEntries(String type, String table, long campaignId, String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = ? AND action = ? "
                + "AND CAST(entity_id AS UNSIGNED) IN (SELECT id FROM " + table + " WHERE campaign_id = ?)", Integer.class,
                type, action, campaignId);
    }
}
