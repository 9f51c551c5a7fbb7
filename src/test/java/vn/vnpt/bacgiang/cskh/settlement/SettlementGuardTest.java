package vn.vnpt.bacgiang.cskh.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;

/** Closing waits for the budget settlement: both units submitted and both centre lines settled. Rolled back. */
@Transactional
class SettlementGuardTest extends PortalTest {

    @Autowired
    private SettlementGuard guard;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aCampaignClosesOnceEveryUnitSubmittedAndEveryCentreLineIsSettled() throws Exception {
        long campaign = SettlementFixture.inEvaluation(jdbc, "Khóa quyết toán").campaign();

        RuleViolation unmet = as("giamdoc", () -> guard.unmet(campaign)).orElseThrow();
        assertThat(guard.transition()).isEqualTo(CampaignTransition.CLOSE);
        assertThat(unmet.messageKey()).isEqualTo("settlement.guard.incomplete");
        assertThat(unmet.arguments()).containsExactly(2, 2);

        SettlementFixture.settledInFull(jdbc, campaign);

        assertThat(as("giamdoc", () -> guard.unmet(campaign))).isEmpty();
    }
}
