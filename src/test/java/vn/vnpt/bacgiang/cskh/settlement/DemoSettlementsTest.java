package vn.vnpt.bacgiang.cskh.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.LANG_GIANG;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.VIET_YEN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;

/** Rolled back: the shares, unit budget lines and settlements it gives demo campaigns 10 and 11 would stay. */
@Transactional
class DemoSettlementsTest extends PortalTest {

    private static final long EVALUATING = 10;
    private static final long CLOSED = 11;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transaction;

    @Test
    void theClosedDemoCampaignIsFullySettledAndTheOneInEvaluationWaitsOnlyForVietYenAndTheCentresMessages() {
        for (long campaign : List.of(EVALUATING, CLOSED)) {
            for (long unit : List.of(VIET_YEN, LANG_GIANG)) {
                jdbc.update("INSERT INTO campaign_share (campaign_id, unit_id, unit_name, members, quota) "
                        + "SELECT ?, id, name, 10, 5 FROM unit WHERE id = ?", campaign, unit);
            }
        }
        DemoSettlements demo = new DemoSettlements(jdbc, transaction);

        demo.settleDemoCampaigns();

        assertThat(submitted(CLOSED)).containsExactlyInAnyOrder(VIET_YEN, LANG_GIANG);
        assertThat(settledCentreLines(CLOSED)).as("every line of the centre").containsExactlyInAnyOrderElementsOf(
                jdbc.queryForList("SELECT category FROM budget_line WHERE campaign_id = ? AND unit_id IS NULL",
                        String.class, CLOSED)).isNotEmpty();
        assertThat(submitted(EVALUATING)).as("Việt Yên's manager still has a line to enter").containsExactly(LANG_GIANG);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM budget_line WHERE campaign_id = ? AND unit_id = ?",
                Long.class, EVALUATING, VIET_YEN)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM settlement_line WHERE campaign_id = ? AND unit_id = ?",
                Long.class, EVALUATING, VIET_YEN)).isZero();
        assertThat(settledCentreLines(EVALUATING)).as("the gifts settled, not yet the messages")
                .containsExactly("GIFT");
        assertThat(jdbc.queryForList("SELECT category FROM budget_line WHERE campaign_id = ? AND unit_id IS NULL",
                String.class, EVALUATING)).containsExactlyInAnyOrder("GIFT", "SMS");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM settlement_line l JOIN settlement_unit u "
                + "ON u.campaign_id = l.campaign_id AND u.unit_id = l.unit_id WHERE l.created_at >= (SELECT MAX(at) "
                + "FROM campaign_transition WHERE campaign_id = l.campaign_id AND to_state = 'EVALUATION') "
                + "AND u.submitted_at > l.created_at AND l.campaign_id IN (?, ?)", Long.class, EVALUATING, CLOSED))
                .as("entered in evaluation, then submitted")
                .isEqualTo(3);

        long lines = jdbc.queryForObject("SELECT COUNT(*) FROM settlement_line", Long.class);
        demo.settleDemoCampaigns();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM settlement_line", Long.class)).as("once only")
                .isEqualTo(lines);
    }

    private List<Long> submitted(long campaign) {
        return jdbc.queryForList("SELECT unit_id FROM settlement_unit WHERE campaign_id = ? AND state = 'SUBMITTED'",
                Long.class, campaign);
    }

    private List<String> settledCentreLines(long campaign) {
        return jdbc.queryForList("SELECT b.category FROM settlement_line l JOIN budget_line b ON b.id = l.budget_line_id "
                + "WHERE l.campaign_id = ? AND l.unit_id IS NULL", String.class, campaign);
    }
}
