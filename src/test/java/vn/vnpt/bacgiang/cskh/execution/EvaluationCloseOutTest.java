package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/** What steps 7 and 8 do to the care tasks still open (docs/decisions/0022). */
class EvaluationCloseOutTest extends PortalTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private ProgressService progress;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void duringSupervisionOpenTasksStayOpenAndALateContactIsStillLogged() throws Exception {
        long campaign = assigned();
        move(campaign, "giamsat", CampaignState.SUPERVISION);

        assertThat(tasksIn(campaign, "OPEN")).isEqualTo(3);
        List<WorklistRow> mine = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10));
        reachedAndDeclined(mine.getFirst());

        assertThat(tasksIn(campaign, "COMPLETED")).isEqualTo(1);
        assertThat(as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10))).hasSize(mine.size() - 1);
    }

    @Test
    void startingTheEvaluationClosesTheOpenTasksAsNotDoneAuditedCountedInProgressAndGoneFromTheWorklist()
            throws Exception {
        long campaign = assigned();
        List<WorklistRow> mine = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10));
        reachedAndDeclined(mine.getFirst());
        move(campaign, "giamsat", CampaignState.SUPERVISION);
        move(campaign, "kehoach", CampaignState.EVALUATION);

        assertThat(tasksIn(campaign, "OPEN")).isZero();
        assertThat(tasksIn(campaign, "NOT_DONE")).isEqualTo(2);
        assertThat(tasksIn(campaign, "COMPLETED")).isEqualTo(1);
        assertThat(as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10))).isEmpty();
        assertThat(as("vietyen.cskh1", () -> execution.openTasks(campaign))).isZero();
        assertThat(as("vietyen.cskh1", () -> execution.worklistCampaigns())).extracting(ExecutionCampaign::id)
                .doesNotContain(campaign);
        UnitProgress vietYen = as("giamsat", () -> progress.units(campaign)).getFirst();
        assertThat(vietYen.figures().notDone()).isEqualTo(2);
        assertThat(vietYen.figures().reached()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT summary FROM audit_entry WHERE entity_type = 'CareTaskCloseOut' "
                + "AND entity_id = ?", String.class, String.valueOf(campaign)))
                .startsWith("Đóng 2 nhiệm vụ chăm sóc chưa thực hiện");
        WorklistRow closed = as("giamdoc", () -> execution.task(mine.get(1).taskId()).task());
        assertThat(closed.state()).isEqualTo(TaskState.NOT_DONE);
        assertThatThrownBy(() -> as("vietyen.cskh1", () -> {
            execution.logContact(new ContactEntry(closed.taskId(), closed.version(), CareChannel.CALL,
                    ContactOutcome.REACHED_DECLINED, null, 0, null, null, null, null, null));
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessage("execution.task.closed");
    }

    /** A campaign in execution with three tasks of Bích Động's customers, given to its store's staff. */
    private long assigned() throws Exception {
        long campaign = campaignInReadiness(jdbc, "Đóng nhiệm vụ", List.of(BICH_DONG, BICH_DONG, BICH_DONG));
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        assertThat(as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10))).hasSize(3);
        return campaign;
    }

    private void reachedAndDeclined(WorklistRow row) throws Exception {
        as("vietyen.cskh1", () -> {
            execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.CALL,
                    ContactOutcome.REACHED_DECLINED, null, 0, null, null, null, "Khách bận, không nhận quà", null));
            return null;
        });
    }

    private void move(long campaign, String username, CampaignState to) throws Exception {
        as(username, () -> campaigns.move(campaign, campaigns.get(campaign).getVersion(), to, null));
    }

    private long tasksIn(long campaign, String state) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND state = ?", Long.class,
                campaign, state);
    }
}
