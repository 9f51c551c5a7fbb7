package vn.vnpt.bacgiang.cskh.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.CALLBACKS;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.NOT_HANDED_OUT;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.SCRIPT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/** Rolled back: every inspection, finding, action and notice made here disappears with the test. */
@Transactional
class FindingServiceTest extends PortalTest {

    private static final String MANAGER = "lucnam.truongphong";
    private static final String OWNER = "lucnam.cskh1";

    @Autowired
    private FindingService findings;
    @Autowired
    private FindingFixture fixture;
    @Autowired
    private ActionReminders reminders;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @Test
    void aSubmittedInspectionsFailedItemsBecomeFindingsAndPassedOnesDoNot() {
        signIn("giamsat");
        long id = fixture.submittedWithFindings();

        assertThat(findings.findings(id)).extracting(card -> card.finding().getItemText(),
                        card -> card.finding().getAnswerValue(), card -> card.finding().isKnockOut(),
                        card -> card.finding().getState())
                .containsExactly(tuple(NOT_HANDED_OUT, "NO", false, FindingState.RAISED),
                        tuple(SCRIPT, "2", false, FindingState.RAISED),
                        tuple(CALLBACKS, "NO", true, FindingState.RAISED));
        Finding callbacks = fixture.finding(id, CALLBACKS);
        assertThat(callbacks.getComment()).isEqualTo("3/10 khách chưa được gọi");
        assertThat(callbacks.getEvidenceRef()).isEqualTo("goi-lai.png");
        assertThat(callbacks.getSourceKind()).isEqualTo(FindingSource.ITEM);
        assertThat(notices(MANAGER, "supervision.notice.findings")).isEqualTo(1);
    }

    @Test
    void aStaffMemberWithThreeOfFiveCallbacksUnconfirmedBecomesOneCallbackFindingThatTakesAnAction() {
        signIn("giamsat");
        long id = fixture.submittedWithCallbacks(3);

        assertThat(findings.findings(id)).singleElement().extracting(FindingCard::finding)
                .extracting(Finding::getSourceKind, Finding::getItemId, Finding::getStaffId, Finding::getStaffName,
                        Finding::getCallbacksConfirmed, Finding::getCallbacksUnconfirmed, Finding::getUnconfirmedShare,
                        Finding::isKnockOut, Finding::getItemText)
                .containsExactly(FindingSource.CALLBACK, null, CallbackFixture.MAI, "Đỗ Thị Mai", 2, 3, 0.6, false,
                        "Mẫu gọi lại: 3/5 liên hệ của Đỗ Thị Mai không được khách hàng xác nhận (60,0 %)");
        assertThat(notices(MANAGER, "supervision.notice.findings")).isEqualTo(1);

        signIn(MANAGER);
        Finding callbacks = findings.findings(id).getFirst().finding();
        Finding acknowledged = findings.acknowledge(idOf(callbacks), callbacks.getVersion(), null);
        CorrectiveAction action = findings.assign(idOf(acknowledged), acknowledged.getVersion(),
                new ActionDraft(CallbackFixture.MAI, LocalDate.of(2026, 12, 20), "Gọi lại ba khách hàng"));

        assertThat(action.getState()).isEqualTo(ActionState.OPEN);
        assertThat(findings.actions(ActionFilter.none())).filteredOn(row -> row.inspectionId() == id)
                .extracting(row -> row.finding().getStaffName()).containsExactly("Đỗ Thị Mai");
    }

    @Test
    void callbacksUnconfirmedAtOrBelowTheFlaggedShareRaiseNoFinding() {
        signIn("giamsat");
        long id = fixture.submittedWithCallbacks(1);

        assertThat(findings.findings(id)).isEmpty();
        assertThat(notices(MANAGER, "supervision.notice.findings")).isZero();
    }

    @Test
    void theManagerAcknowledgesOneFindingAndDisputesAnotherAndTheSupervisorIsToldOfTheDispute() {
        signIn("giamsat");
        long id = fixture.submittedWithFindings();
        signIn(MANAGER);
        FindingCard card = fixture.card(id, SCRIPT);
        assertThat(card.mayRespond()).isTrue();
        assertThat(card.mayDecide()).isFalse();

        Finding acknowledged = findings.acknowledge(idOf(card.finding()), card.finding().getVersion(), "Đồng ý");
        Finding callbacks = fixture.finding(id, CALLBACKS);
        assertThatThrownBy(() -> findings.dispute(idOf(callbacks), callbacks.getVersion(), " "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("supervision.finding.dispute.reason");
        Finding disputed = findings.dispute(idOf(callbacks), callbacks.getVersion(), "Khách đã được gọi ngày 20/11");

        assertThat(acknowledged.getState()).isEqualTo(FindingState.ACKNOWLEDGED);
        assertThat(disputed.getState()).isEqualTo(FindingState.DISPUTED);
        assertThat(disputed.getRespondedBy()).isEqualTo("Hoàng Văn Thắng");
        assertThat(notices("giamsat", "supervision.notice.disputed")).isEqualTo(1);
        signIn("giamsat");
        assertThat(fixture.card(id, CALLBACKS).mayDecide()).isTrue();
        assertThat(fixture.card(id, CALLBACKS).mayRespond()).isFalse();
    }

    @Test
    void theSupervisorUpholdsADisputedFindingWithAReplyOrWithdrawsIt() {
        signIn("giamsat");
        long id = fixture.submittedWithFindings();
        signIn(MANAGER);
        Finding callbacks = fixture.finding(id, CALLBACKS);
        long callbacksDisputed = findings.dispute(idOf(callbacks), callbacks.getVersion(), "Khách đã được gọi")
                .getVersion();
        Finding script = fixture.finding(id, SCRIPT);
        long scriptDisputed = findings.dispute(idOf(script), script.getVersion(), "Nhân viên mới vào làm").getVersion();
        signIn("giamsat");

        Finding upheld = findings.uphold(idOf(callbacks), callbacksDisputed, "Ba khách xác nhận chưa được gọi");
        Finding withdrawn = findings.withdraw(idOf(script), scriptDisputed, null);

        assertThat(upheld.getState()).isEqualTo(FindingState.UPHELD);
        assertThat(upheld.getReply()).isEqualTo("Ba khách xác nhận chưa được gọi");
        assertThat(withdrawn.getState()).isEqualTo(FindingState.WITHDRAWN);
        assertThat(fixture.card(id, CALLBACKS).mayAssign()).isTrue();
        assertThat(fixture.card(id, SCRIPT).mayAssign()).isFalse();
        assertThat(notices(MANAGER, "supervision.notice.upheld")).isEqualTo(1);
    }

    @Test
    void anActionGoesOpenDoneVerifiedEachStepByWhoMayTakeIt() {
        signIn("giamsat");
        long id = fixture.submittedWithFindings();
        signIn(MANAGER);
        CorrectiveAction action = fixture.acknowledgedWithAction(id, NOT_HANDED_OUT, today().plusDays(7));
        assertThat(action.getState()).isEqualTo(ActionState.OPEN);
        assertThat(action.getOwnerName()).isEqualTo("Đỗ Thị Mai");
        assertThat(notices(OWNER, "supervision.notice.action.assigned")).isEqualTo(1);

        signIn(OWNER);
        assertThat(findings.actions(ActionFilter.none())).extracting(ActionRow::findingText)
                .containsExactly(NOT_HANDED_OUT);
        CorrectiveAction done = findings.done(idOf(action), action.getVersion(), "Đã giao lại đủ danh sách",
                "Biên bản ngày 02/12");
        assertThat(done.getState()).isEqualTo(ActionState.DONE);
        assertThat(notices("giamsat", "supervision.notice.action.done")).isEqualTo(1);
        assertThatThrownBy(() -> findings.verify(idOf(done), done.getVersion(), null))
                .isInstanceOf(AccessDeniedException.class);

        signIn("giamsat");
        CorrectiveAction verified = findings.verify(idOf(done), done.getVersion(), "Đã xem biên bản");
        assertThat(verified.getState()).isEqualTo(ActionState.VERIFIED);
        assertThat(verified.getCheckNote()).isEqualTo("Đã xem biên bản");
    }

    @Test
    void anActionGoesOpenDoneReopenedWithAReasonAndDoneAgain() {
        signIn("giamsat");
        long id = fixture.submittedWithFindings();
        signIn(MANAGER);
        CorrectiveAction action = fixture.acknowledgedWithAction(id, NOT_HANDED_OUT, today().plusDays(7));
        CorrectiveAction done = findings.done(idOf(action), action.getVersion(), "Đã giao lại", null);
        signIn("giamsat");
        assertThatThrownBy(() -> findings.reopen(idOf(done), done.getVersion(), ""))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("supervision.action.reopen.reason");

        CorrectiveAction reopened = findings.reopen(idOf(done), done.getVersion(), "Chưa có chữ ký của nhân viên");
        assertThat(reopened.getState()).isEqualTo(ActionState.REOPENED);
        assertThat(notices(OWNER, "supervision.notice.action.reopened")).isEqualTo(1);
        signIn(OWNER);
        CorrectiveAction again = findings.done(idOf(reopened), reopened.getVersion(), "Đã bổ sung chữ ký", null);
        assertThat(again.getState()).isEqualTo(ActionState.DONE);
        assertThat(again.getDoneNote()).isEqualTo("Đã bổ sung chữ ký");
    }

    @Test
    void aChangeMadeOnAStaleVersionIsRefused() {
        signIn("giamsat");
        long id = fixture.submittedWithFindings();
        signIn(MANAGER);
        Finding read = fixture.finding(id, SCRIPT);
        long readVersion = read.getVersion();
        findings.acknowledge(idOf(read), readVersion, null);

        assertThatThrownBy(() -> findings.assign(idOf(read), readVersion,
                new ActionDraft(14L, today(), "Phổ biến lại kịch bản")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        CorrectiveAction action = fixture.acknowledgedWithAction(id, NOT_HANDED_OUT, today());
        long openVersion = action.getVersion();
        findings.done(idOf(action), openVersion, "Đã làm", null);
        signIn("giamsat");
        assertThatThrownBy(() -> findings.verify(idOf(action), openVersion, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void aManagerOfAnotherUnitOrStaffWhoDoNotOwnTheActionAreRefused() {
        signIn("giamsat");
        long id = fixture.submittedWithFindings();
        Finding read = fixture.finding(id, SCRIPT);
        signIn("lucngan.truongphong");
        assertThatThrownBy(() -> findings.acknowledge(idOf(read), read.getVersion(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(findings.actions(ActionFilter.none())).isEmpty();
        signIn(MANAGER);
        CorrectiveAction action = fixture.acknowledgedWithAction(id, NOT_HANDED_OUT, today());
        signIn("lucnam.cskh2");
        assertThatThrownBy(() -> findings.done(idOf(action), action.getVersion(), "Đã làm", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> findings.acknowledge(idOf(read), read.getVersion(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOwnerIsRemindedBeforeTheDueDateAndOverdueActionsAreFlaggedOncePerDay() {
        signIn("giamsat");
        long id = fixture.submittedWithFindings();
        signIn(MANAGER);
        LocalDate due = today().plusDays(5);
        CorrectiveAction action = fixture.acknowledgedWithAction(id, NOT_HANDED_OUT, due);

        assertThat(reminders.run(due.minusDays(3))).isEqualTo(new ActionReminders.Result(0, 0));
        assertThat(reminders.run(due.minusDays(2))).isEqualTo(new ActionReminders.Result(1, 0));
        assertThat(reminders.run(due.minusDays(2))).isEqualTo(new ActionReminders.Result(0, 0));
        assertThat(reminders.run(due)).isEqualTo(new ActionReminders.Result(1, 0));
        assertThat(reminders.run(due.plusDays(1))).isEqualTo(new ActionReminders.Result(0, 1));
        assertThat(reminders.run(due.plusDays(1))).isEqualTo(new ActionReminders.Result(0, 0));

        assertThat(notices(OWNER, "supervision.notice.action.dueSoon")).isEqualTo(2);
        assertThat(notices(OWNER, "supervision.notice.action.overdue")).isEqualTo(1);
        assertThat(notices("giamsat", "supervision.notice.action.overdue")).isEqualTo(1);
        findings.done(idOf(action), action.getVersion(), "Đã làm", null);
        assertThat(reminders.run(due.plusDays(2))).isEqualTo(new ActionReminders.Result(0, 0));
    }

    @Test
    void theActionsListIsFilteredByStateOverdueAndUnitAgainstTheClocksToday() {
        signIn("giamsat");
        long id = fixture.submittedWithFindings();
        signIn(MANAGER);
        fixture.acknowledgedWithAction(id, NOT_HANDED_OUT, today().minusDays(1));
        fixture.acknowledgedWithAction(id, SCRIPT, today().plusDays(3));
        signIn("giamsat");

        assertThat(findings.actions(new ActionFilter(null, true, null))).extracting(ActionRow::findingText)
                .containsExactly(NOT_HANDED_OUT);
        assertThat(findings.actions(new ActionFilter(ActionState.OPEN, false, SupervisionFixture.LUC_NAM_SALES)))
                .extracting(ActionRow::findingText).containsExactly(NOT_HANDED_OUT, SCRIPT);
        assertThat(findings.actions(new ActionFilter(null, false, SupervisionFixture.LUC_NGAN_SALES))).isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static long idOf(Finding finding) {
        return Objects.requireNonNull(finding.getId());
    }

    private static long idOf(CorrectiveAction action) {
        return Objects.requireNonNull(action.getId());
    }

    private int notices(String username, String messageKey) {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM notice n JOIN user_account a "
                + "ON a.id = n.recipient WHERE a.username = ? AND n.message_key = ?", Integer.class,
                username, messageKey));
    }
}
