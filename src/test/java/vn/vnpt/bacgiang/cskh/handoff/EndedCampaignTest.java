package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ContactEntry;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;

/**
 * Step 6 stops with the campaign: the tasks of a closed or cancelled campaign take no contact, no
 * assignment and no hand-off. Rolled back: a reassignment moves every open task of a demo worker.
 */
@Transactional
class EndedCampaignTest extends PortalTest {

    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private HandoffService handoffs;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManager entityManager;

    @ParameterizedTest(name = "no contact is logged on a task of a {0} campaign")
    @EnumSource(value = CampaignState.class, names = {"CLOSED", "CANCELLED"})
    void noContactIsLoggedOnATaskOfAnEndedCampaign(CampaignState ended) throws Exception {
        WorklistRow task = fixture.careTask("Chương trình đã dừng");
        end(task.campaignId(), ended);

        assertRefused("execution.campaign.ended", () -> as("vietyen.cskh1", () -> {
            execution.logContact(new ContactEntry(task.taskId(), task.version(), CareChannel.CALL,
                    ContactOutcome.NOT_REACHED, null, Instant.now().plus(Duration.ofDays(1)), "Không nghe máy"));
            return null;
        }));
        assertRefused("execution.campaign.ended", () -> as("vietyen.truongphong", () -> {
            execution.logContact(new ContactEntry(task.taskId(), task.version(), CareChannel.CALL,
                    ContactOutcome.REACHED_ACCEPTED, 4, null, "Khách đồng ý"));
            return null;
        }));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE task_id = ?", Long.class,
                task.taskId())).isZero();
        assertThat(jdbc.queryForObject("SELECT state FROM care_task WHERE id = ?", String.class, task.taskId()))
                .isEqualTo("OPEN");
    }

    @ParameterizedTest(name = "no task of a {0} campaign is assigned")
    @EnumSource(value = CampaignState.class, names = {"CLOSED", "CANCELLED"})
    void noTaskOfAnEndedCampaignIsAssigned(CampaignState ended) throws Exception {
        long campaign = ExecutionFixture.campaignInReadiness(jdbc, "Chương trình đã dừng", List.of(BICH_DONG, NENH));
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        end(campaign, ended);
        List<Long> tasks = jdbc.queryForList("SELECT id FROM care_task WHERE campaign_id = ?", Long.class, campaign);

        assertRefused("execution.campaign.ended", () -> as("vietyen.truongphong",
                () -> assignments.assignEvenly(campaign, List.of(VIET_YEN_CSKH1, VIET_YEN_CSKH2))));
        assertRefused("execution.campaign.ended", () -> as("vietyen.truongphong",
                () -> assignments.assignByStore(campaign)));
        assertRefused("execution.campaign.ended", () -> as("vietyen.truongphong",
                () -> assignments.assignSelected(campaign, tasks, VIET_YEN_CSKH1)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND assignee_id IS NOT NULL",
                Long.class, campaign)).isZero();
    }

    @ParameterizedTest(name = "moving a worker''s open tasks leaves those of a {0} campaign where they are")
    @EnumSource(value = CampaignState.class, names = {"CLOSED", "CANCELLED"})
    void movingAWorkersOpenTasksLeavesThoseOfAnEndedCampaignWhereTheyAre(CampaignState ended) throws Exception {
        WorklistRow endedTask = fixture.careTask("Chương trình đã dừng");
        WorklistRow runningTask = fixture.careTask("Chương trình đang chạy");
        end(endedTask.campaignId(), ended);

        as("vietyen.truongphong", () -> assignments.reassign(VIET_YEN_CSKH1, VIET_YEN_CSKH2));

        assertThat(assignee(endedTask.taskId())).isEqualTo(VIET_YEN_CSKH1);
        assertThat(assignee(runningTask.taskId())).isEqualTo(VIET_YEN_CSKH2);
    }

    @ParameterizedTest(name = "no hand-off is raised from a task of a {0} campaign")
    @EnumSource(value = CampaignState.class, names = {"CLOSED", "CANCELLED"})
    void noHandOffIsRaisedFromATaskOfAnEndedCampaign(CampaignState ended) throws Exception {
        WorklistRow task = fixture.careTask("Chương trình đã dừng");
        end(task.campaignId(), ended);

        assertRefused("handoff.campaign.ended", () -> as("vietyen.cskh1", () -> handoffs.raise(new HandoffDraft(
                task.customerId(), null, task.campaignId(), task.taskId(), null, HandoffType.REPAIR, HandoffPriority.NORMAL,
                HandoffFixture.TTVT_YEN_DUNG, "Kiểm tra đường dây", List.of()))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE customer_id = ?", Long.class,
                task.customerId())).isZero();
    }

    /** Ends the campaign as its last step (or the Director's cancellation) would have. */
    private void end(long campaign, CampaignState ended) {
        entityManager.flush();
        jdbc.update("UPDATE campaign SET state = ?, step_deadline = NULL WHERE id = ?", ended.name(), campaign);
        entityManager.clear();
    }

    private long assignee(long task) {
        return jdbc.queryForObject("SELECT assignee_id FROM care_task WHERE id = ?", Long.class, task);
    }

    private static void assertRefused(String reason, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class).hasMessage(reason);
    }
}
