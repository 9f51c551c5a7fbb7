package vn.vnpt.bacgiang.cskh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.audit.AuditFilter;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.MyShare;
import vn.vnpt.bacgiang.cskh.execution.UnitTaskFilter;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.HandoffState;
import vn.vnpt.bacgiang.cskh.handoff.QueueCounts;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;
import vn.vnpt.bacgiang.cskh.security.LoginThrottle;

/** The service methods the role dashboards read, per role. Rolled back. */
@Transactional
class DashboardFiguresTest extends PortalTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private HandoffService handoffs;
    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private AuditTrail audit;
    @Autowired
    private LoginThrottle logins;
    @Autowired
    private TestClock clock;

    @Test
    void aManagerCountsOnlyTheirOwnUnitsUnassignedAndOverdueTasks() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, NENH, VOI, VOI));
        jdbc.update("UPDATE care_task SET due_at = ? WHERE campaign_id = ? AND unit_id = ? ORDER BY id LIMIT 1",
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusMinutes(1), campaign, VIET_YEN);

        assertThat(as("vietyen.truongphong", () -> assignments.count(campaign, null, UnitTaskFilter.UNASSIGNED)))
                .isEqualTo(3);
        assertThat(as("vietyen.truongphong", () -> assignments.count(campaign, null, UnitTaskFilter.OVERDUE)))
                .isEqualTo(1);
        assertThat(as("vietyen.truongphong", () -> assignments.openTasks(campaign, null, UnitTaskFilter.OVERDUE, 0,
                50))).hasSize(1);
        assertThat(as("langgiang.truongphong", () -> assignments.count(campaign, null, UnitTaskFilter.UNASSIGNED)))
                .isEqualTo(2);
        assertThat(as("langgiang.truongphong", () -> assignments.count(campaign, null, UnitTaskFilter.OVERDUE)))
                .isZero();
    }

    @Test
    void aCareWorkersShareIsTheQuotaTimesTheirPartOfTheUnitsTasks() throws Exception {
        MyShare before = as("vietyen.cskh1", () -> execution.myShare());
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, BICH_DONG, BICH_DONG));
        jdbc.update("UPDATE campaign_share SET quota = 3 WHERE campaign_id = ?", campaign);
        List<Long> two = jdbc.queryForList("SELECT id FROM care_task WHERE campaign_id = ? ORDER BY id LIMIT 2",
                Long.class, campaign);
        as("vietyen.truongphong", () -> assignments.assignSelected(campaign, two, VIET_YEN_CSKH1));
        jdbc.update("UPDATE care_task SET state = 'COMPLETED' WHERE id = ?", two.getFirst());

        MyShare after = as("vietyen.cskh1", () -> execution.myShare());

        assertThat(after.assigned() - before.assigned()).isEqualTo(2);
        assertThat(after.quota() - before.quota()).as("3 × 2/4, rounded up").isEqualTo(2);
        assertThat(after.reached() - before.reached()).isEqualTo(1);
        assertThatThrownBy(() -> as("vietyen.truongphong", () -> execution.myShare()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void handOffCountsFollowTheSidesOfTheQueue() throws Exception {
        fixture.raise("tpbg.cskh1", fixture.tpBacGiangCustomer());
        long toTtvt = jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE receiver_unit_id = ? AND state = 'SENT'",
                Long.class, HandoffFixture.TTVT_TP_BG);

        QueueCounts received = as("ttvt.tpbg", () -> handoffs.counts(QueueFilter.Mode.RECEIVED));
        QueueCounts sent = as("tpbg.truongphong", () -> handoffs.counts(QueueFilter.Mode.SENT));

        assertThat(received.byState()).containsEntry(HandoffState.SENT, toTtvt).containsKey(HandoffState.RETURNED)
                .doesNotContainKey(HandoffState.RESOLVED);
        assertThat(sent.byState().get(HandoffState.SENT)).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM handoff "
                + "WHERE requester_unit_path LIKE '/1/2/10/%' AND state = 'SENT'", Long.class)).isPositive();
        assertThat(sent.byState()).containsKey(HandoffState.RESOLVED);
        assertThatThrownBy(() -> as("ttvt.tpbg", () -> handoffs.counts(QueueFilter.Mode.SENT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ttvt.tpbg", () -> handoffs.counts(QueueFilter.Mode.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdminCountsTheAuditEntriesTheTrailListsAndSeesOnlyAccountsLockedNow() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), vn.vnpt.bacgiang.cskh.base.i18n.VnFormats.ZONE);
        AuditFilter week = new AuditFilter(null, null, null, null, today.minusDays(6), today);
        assertThat(as("admin", () -> audit.count(week)))
                .isEqualTo(as("admin", () -> audit.search(week, 0, 100_000)).size());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("INSERT INTO login_attempt (kind, subject, failures, last_failure_at, locked_until) VALUES "
                + "('USER', 'lucnam.cskh1', 5, ?, ?), ('USER', 'lucngan.cskh1', 5, ?, ?), "
                + "('ADDRESS', '10.0.0.9', 20, ?, ?)", now, now.plusMinutes(10), now.minusHours(1), now.minusMinutes(30),
                now, now.plusMinutes(10));

        assertThat(as("admin", () -> logins.lockedNames())).contains("lucnam.cskh1").doesNotContain("lucngan.cskh1",
                "10.0.0.9");
        assertThatThrownBy(() -> as("giamdoc", () -> logins.lockedNames())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("giamdoc", () -> audit.count(week))).isInstanceOf(AccessDeniedException.class);
    }

    private long inExecution(List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Số liệu bảng điều khiển", units);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        return campaign;
    }
}
