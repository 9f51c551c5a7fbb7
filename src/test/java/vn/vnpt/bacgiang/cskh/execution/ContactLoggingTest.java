package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

class ContactLoggingTest extends PortalTest {

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
    void aCareStaffMemberSeesOnlyTheirOwnOpenTasksWithTheScriptFilledInForTheCustomer() throws Exception {
        long campaign = assigned(List.of(BICH_DONG, NENH, VIET_YEN));

        List<WorklistRow> mine = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 50));
        List<WorklistRow> theirs = as("vietyen.cskh2", () -> execution.worklist(campaign, 0, 50));

        assertThat(mine).hasSize(2);
        assertThat(theirs).hasSize(1);
        TaskDetails task = as("vietyen.cskh1", () -> execution.task(mine.getFirst().taskId()));
        assertThat(task.scripts()).singleElement().extracting(FilledScript::text).asString()
                .startsWith("Em là Vũ Văn Nam, chào " + task.task().customerName() + " (mã "
                        + task.task().customerCode() + "), cảm ơn")
                .doesNotContain("{");
        assertThat(task.channels()).containsExactlyInAnyOrder(CareChannel.CALL, CareChannel.SMS, CareChannel.VISIT);
        assertThatThrownBy(() -> as("vietyen.cskh1", () -> execution.task(theirs.getFirst().taskId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void scopeOfTaskReadingIsOwnTasksForStaffTheUnitForManagersAndEverythingForTheCentre() throws Exception {
        long campaign = assigned(List.of(BICH_DONG, VOI));
        long vietYenTask = task(campaign, VIET_YEN);
        long langGiangTask = task(campaign, LANG_GIANG);

        assertThat(as("vietyen.truongphong", () -> execution.task(vietYenTask))).isNotNull();
        assertThatThrownBy(() -> as("vietyen.truongphong", () -> execution.task(langGiangTask)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lucnam.cskh1", () -> execution.task(vietYenTask)))
                .isInstanceOf(AccessDeniedException.class);
        for (String reader : List.of("giamsat", "kehoach", "giamdoc", "admin")) {
            assertThat(as(reader, () -> execution.task(langGiangTask).task().taskId())).as(reader)
                    .isEqualTo(langGiangTask);
        }
        assertThatThrownBy(() -> as("ttvt.vietyen", () -> execution.task(vietYenTask)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("vietyen.truongphong", () -> execution.worklist(null, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("vietyen.cskh1", () -> progress.units(campaign)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("vietyen.truongphong", () -> progress.units(campaign))).extracting(UnitProgress::unitId)
                .containsExactly(VIET_YEN);
        assertThat(as("giamsat", () -> progress.units(campaign))).extracting(UnitProgress::unitId)
                .containsExactlyInAnyOrder(VIET_YEN, LANG_GIANG);
        assertThatThrownBy(() -> as("vietyen.truongphong", () -> progress.staff(campaign, LANG_GIANG)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ttvt.vietyen", () -> progress.campaigns()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("vietyen.cskh1", () -> execution.contacts(customerOf(vietYenTask), campaign))).isEmpty();
        assertThatThrownBy(() -> as("langgiang.cskh1", () -> execution.contacts(customerOf(vietYenTask), campaign)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReachedAndAcceptedContactCompletesTheTaskAndLeavesTheWorklist() throws Exception {
        long campaign = assigned(List.of(BICH_DONG));
        WorklistRow row = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10)).getFirst();

        log("vietyen.cskh1", row, CareChannel.VISIT, ContactOutcome.REACHED_ACCEPTED, true, 5, null, "Đã tặng quà");

        assertThat(as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10))).isEmpty();
        TaskDetails task = as("vietyen.cskh1", () -> execution.task(row.taskId()));
        assertThat(task.state()).isEqualTo(TaskState.COMPLETED);
        assertThat(task.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.outcome()).isEqualTo(ContactOutcome.REACHED_ACCEPTED);
            assertThat(contact.staffName()).isEqualTo("Vũ Văn Nam");
            assertThat(contact.note()).isEqualTo("Đã tặng quà");
        });
        assertThat(jdbc.queryForObject("SELECT unit_id FROM care_contact WHERE task_id = ?", Long.class, row.taskId()))
                .as("the unit whose task it was logged on").isEqualTo(VIET_YEN);
        assertThatThrownBy(() -> log("vietyen.cskh1", reread(row), CareChannel.CALL, ContactOutcome.REACHED_DECLINED,
                false, null, null, null)).isInstanceOf(RuleViolation.class).hasMessage("execution.task.closed");
    }

    @Test
    void notReachedNeedsAFutureCallbackAndTheThirdFailedAttemptClosesTheTaskAsUnreachable() throws Exception {
        long campaign = assigned(List.of(BICH_DONG));
        WorklistRow row = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10)).getFirst();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        assertThatThrownBy(() -> log("vietyen.cskh1", row, CareChannel.CALL, ContactOutcome.NOT_REACHED, false, null,
                null, null)).isInstanceOf(RuleViolation.class).hasMessage("execution.contact.callbackRequired");
        assertThatThrownBy(() -> log("vietyen.cskh1", row, CareChannel.CALL, ContactOutcome.NOT_REACHED, false, null,
                Instant.now().minusSeconds(60), null)).isInstanceOf(RuleViolation.class)
                .hasMessage("execution.contact.callbackPast");
        assertThat(contactsOf(row.taskId())).isZero();

        log("vietyen.cskh1", row, CareChannel.CALL, ContactOutcome.NOT_REACHED, false, null, tomorrow, null);
        WorklistRow second = reread(row);
        assertThat(second.failedAttempts()).isEqualTo(1);
        assertThat(second.dueAt()).isEqualTo(tomorrow.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        log("vietyen.cskh1", second, CareChannel.SMS, ContactOutcome.NOT_REACHED, false, null,
                tomorrow.plusSeconds(3600), null);
        WorklistRow third = reread(row);
        assertThat(as("vietyen.cskh1", () -> execution.task(row.taskId()).lastAttempt())).isTrue();
        log("vietyen.cskh1", third, CareChannel.CALL, ContactOutcome.NOT_REACHED, false, null, null, null);

        assertThat(as("vietyen.cskh1", () -> execution.task(row.taskId()).state())).isEqualTo(TaskState.UNREACHABLE);
        assertThat(contactsOf(row.taskId())).isEqualTo(3);
        assertThat(as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10))).isEmpty();
    }

    @Test
    void aWrongNumberOrAMoveAwayClosesTheTaskAndAChannelOutsideTheOrientationIsRefused() throws Exception {
        long campaign = assigned(List.of(BICH_DONG, BICH_DONG, BICH_DONG));
        List<WorklistRow> rows = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10));

        assertThatThrownBy(() -> log("vietyen.cskh1", rows.get(0), CareChannel.ZALO, ContactOutcome.WRONG_NUMBER,
                false, null, null, null)).isInstanceOf(RuleViolation.class)
                .hasMessage("execution.contact.channelNotPlanned");
        log("vietyen.cskh1", rows.get(0), CareChannel.CALL, ContactOutcome.WRONG_NUMBER, false, null, null, null);
        log("vietyen.cskh1", rows.get(1), CareChannel.VISIT, ContactOutcome.MOVED_AWAY, false, null, null, null);

        assertThat(as("vietyen.cskh1", () -> execution.task(rows.get(0).taskId()).state())).isEqualTo(TaskState.CLOSED);
        assertThat(as("vietyen.cskh1", () -> execution.task(rows.get(1).taskId()).state())).isEqualTo(TaskState.CLOSED);
        assertThat(as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10))).extracting(WorklistRow::taskId)
                .containsExactly(rows.get(2).taskId());
    }

    @Test
    void twoPeopleLoggingOnOneTaskTheSecondIsRefusedAsStaleAndNothingOfTheirsIsSaved() throws Exception {
        long campaign = assigned(List.of(BICH_DONG));
        WorklistRow staffRead = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10)).getFirst();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        log("vietyen.truongphong", staffRead, CareChannel.CALL, ContactOutcome.NOT_REACHED, false, null, tomorrow,
                "Trưởng phòng gọi");

        assertThatThrownBy(() -> log("vietyen.cskh1", staffRead, CareChannel.CALL, ContactOutcome.REACHED_ACCEPTED,
                false, 4, null, null)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(contactsOf(staffRead.taskId())).isEqualTo(1);
        assertThat(as("vietyen.cskh1", () -> execution.task(staffRead.taskId()).state())).isEqualTo(TaskState.OPEN);
        assertThatThrownBy(() -> log("vietyen.cskh2", reread(staffRead), CareChannel.CALL,
                ContactOutcome.REACHED_ACCEPTED, false, 4, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void progressAddsUpTheTasksPerUnitAndStaffMemberWithTheBudgetUsed() throws Exception {
        long campaign = assigned(List.of(BICH_DONG, BICH_DONG, BICH_DONG, NENH, VOI));
        List<WorklistRow> rows = as("vietyen.cskh1", () -> execution.worklist(campaign, 0, 10));
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        log("vietyen.cskh1", rows.get(0), CareChannel.VISIT, ContactOutcome.REACHED_ACCEPTED, true, 5, null, null);
        log("vietyen.cskh1", rows.get(1), CareChannel.SMS, ContactOutcome.NOT_REACHED, false, null, tomorrow, null);
        log("vietyen.cskh1", reread(rows.get(1)), CareChannel.CALL, ContactOutcome.REACHED_DECLINED, false, 2, null,
                null);
        awaitAfterCommitWork();

        UnitProgress vietYen = as("vietyen.truongphong", () -> progress.units(campaign)).getFirst();

        Figures figures = vietYen.figures();
        assertThat(figures.tasks()).isEqualTo(4);
        assertThat(figures.contacted()).isEqualTo(2);
        assertThat(figures.reached()).isEqualTo(2);
        assertThat(figures.accepted()).isEqualTo(1);
        assertThat(figures.satisfaction()).isEqualByComparingTo("3.5");
        assertThat(figures.reachRate()).isEqualByComparingTo("50");
        assertThat(figures.successRate()).isEqualByComparingTo("50");
        assertThat(figures.budgetUsed()).isEqualTo(200_000 + 500);
        assertThat(vietYen.quota()).isEqualTo(4);
        assertThat(vietYen.reachTarget()).isEqualTo(80);
        assertThat(vietYen.satisfactionTarget()).isEqualByComparingTo(new BigDecimal("4.0"));

        List<StaffProgress> staff = as("vietyen.truongphong", () -> progress.staff(campaign, VIET_YEN));
        assertThat(staff).extracting(StaffProgress::staffName).containsExactly("Trần Thị Huyền", "Vũ Văn Nam");
        StaffProgress nam = staff.get(1);
        assertThat(nam.open()).isEqualTo(1);
        assertThat(nam.figures().reached()).isEqualTo(2);
        assertThat(staff.get(0).figures().contacted()).isZero();
        List<StaffRank> ranking = as("vietyen.truongphong", () -> progress.ranking(campaign, VIET_YEN));
        assertThat(ranking).extracting(StaffRank::staffName, StaffRank::reached, StaffRank::open, StaffRank::tasks)
                .containsExactly(tuple("Vũ Văn Nam", 2L, 1L, nam.figures().tasks()),
                        tuple("Trần Thị Huyền", 0L, staff.get(0).open(), staff.get(0).figures().tasks()));
        assertThatThrownBy(() -> as("vietyen.truongphong", () -> progress.ranking(campaign, LANG_GIANG)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("giamdoc", () -> progress.campaigns())).extracting(ExecutionCampaign::id).contains(campaign);
        assertThat(as("langgiang.truongphong", () -> progress.units(campaign))).extracting(UnitProgress::unitId)
                .containsExactly(LANG_GIANG);
    }

    private long assigned(List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Chăm sóc", units);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        if (units.contains(VOI)) {
            as("langgiang.truongphong", () -> assignments.assignByStore(campaign));
        }
        return campaign;
    }

    private void log(String username, WorklistRow row, CareChannel channel, ContactOutcome outcome, boolean gift,
                     @Nullable Integer satisfaction, @Nullable Instant callback, @Nullable String note)
            throws Exception {
        as(username, () -> {
            Long line = gift ? jdbc.queryForObject("SELECT MIN(id) FROM budget_line WHERE campaign_id = ? AND category "
                    + "= 'GIFT'", Long.class, row.campaignId()) : null;
            execution.logContact(new ContactEntry(row.taskId(), row.version(), channel, outcome, line, gift ? 1 : 0,
                    satisfaction, callback, null, note, null));
            return null;
        });
    }

    private WorklistRow reread(WorklistRow row) throws Exception {
        return as("giamdoc", () -> execution.task(row.taskId()).task());
    }

    private long task(long campaign, long unit) {
        return jdbc.queryForObject("SELECT MIN(id) FROM care_task WHERE campaign_id = ? AND unit_id = ?", Long.class,
                campaign, unit);
    }

    private long customerOf(long task) {
        return jdbc.queryForObject("SELECT customer_id FROM care_task WHERE id = ?", Long.class, task);
    }

    private long contactsOf(long task) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE task_id = ?", Long.class, task);
    }
}
