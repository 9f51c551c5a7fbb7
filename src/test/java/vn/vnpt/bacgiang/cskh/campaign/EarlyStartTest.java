package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;

/** Step 6 follows the campaign's period: an early start needs confirming, and execution is due at the period's end. */
@Transactional
class EarlyStartTest extends PortalTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @Test
    void startingExecutionBeforeThePeriodIsRefusedUntilTheUserConfirmsIt() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));
        long id = campaignWithPeriod(today.plusDays(11), today.plusDays(40));

        long version = as("giamdoc", () -> campaigns.get(id)).getVersion();
        assertThatThrownBy(() -> as("giamdoc", () -> campaigns.move(id, version,
                CampaignState.EXECUTION, "Bắt đầu sớm để kịp tặng quà.")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("campaign.guard.earlyStart");
                    assertThat(refused.arguments()).containsExactly(VnFormats.date(today.plusDays(11)));
                });
        assertThat(as("giamdoc", () -> campaigns.get(id)).getState()).isEqualTo(CampaignState.READINESS);
        assertThat(as("giamdoc", () -> campaigns.startsEarly(campaigns.get(id)))).isTrue();

        Campaign started = as("giamdoc", () -> campaigns.move(id, version,
                CampaignState.EXECUTION, "Bắt đầu sớm để kịp tặng quà.", true));

        assertThat(started.getState()).isEqualTo(CampaignState.EXECUTION);
        assertThat(started.getStepDeadline()).isEqualTo(today.plusDays(40));
    }

    @Test
    void executionStartedInThePeriodIsDueAtItsEndAsAreItsTasks() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));
        long id = campaignWithPeriod(today.minusDays(3), today.plusDays(57));
        assertThat(as("giamdoc", () -> campaigns.startsEarly(campaigns.get(id)))).isFalse();

        Campaign started = as("giamdoc", () -> campaigns.move(id, campaigns.get(id).getVersion(),
                CampaignState.EXECUTION, "Các đơn vị đang hoàn tất điều kiện."));

        assertThat(started.getStepDeadline()).isEqualTo(today.plusDays(57));
        List<LocalDate> due = jdbc.queryForList("SELECT DISTINCT DATE(CONVERT_TZ(due_at, '+00:00', '+07:00')) "
                + "FROM care_task WHERE campaign_id = ?", LocalDate.class, id);
        assertThat(due).containsExactly(today.plusDays(57));
    }

    private long campaignWithPeriod(LocalDate start, LocalDate end) {
        long id = ExecutionFixture.campaignInReadiness(jdbc, "Bắt đầu sớm",
                List.of(ExecutionFixture.BICH_DONG, ExecutionFixture.BICH_DONG));
        jdbc.update("UPDATE campaign SET period_start = ?, period_end = ? WHERE id = ?", start, end, id);
        return id;
    }
}
