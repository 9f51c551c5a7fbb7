package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;

class CareTaskTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @Test
    void failedAttemptsMoveTheDueTimeToTheCallbackAndTheThirdMakesTheTaskUnreachable() {
        CareTask task = new CareTask();
        Instant callback = NOW.plus(Duration.ofDays(1));

        task.record(ContactOutcome.NOT_REACHED, CareChannel.SMS, CareTouches.CALL_ONLY,
                0, 0, null, callback, null, NOW);
        assertThat(task.getState()).isEqualTo(TaskState.OPEN);
        assertThat(task.auditState()).containsEntry("failedAttempts", 1).containsEntry("contacts", 1);
        assertThat(task.lastAttempt()).isFalse();
        task.record(ContactOutcome.NOT_REACHED, CareChannel.CALL, CareTouches.CALL_ONLY,
                0, 0, null, callback.plusSeconds(60), null, NOW);
        assertThat(task.lastAttempt()).isTrue();
        task.record(ContactOutcome.NOT_REACHED, CareChannel.CALL, CareTouches.CALL_ONLY, 0, 0, null, null, null, NOW);

        assertThat(task.getState()).isEqualTo(TaskState.UNREACHABLE);
        assertThat(task.getFailedAttempts()).isEqualTo(3);
    }

    @Test
    void reachedOutcomesCompleteTheTaskAndAWrongNumberOrAMoveAwayCloseIt() {
        CareTask accepted = new CareTask();
        accepted.record(ContactOutcome.REACHED_ACCEPTED, CareChannel.VISIT, CareTouches.CALL_ONLY,
                1, 200_000, 5, null, null, NOW);
        CareTask declined = new CareTask();
        declined.record(ContactOutcome.NOT_REACHED, CareChannel.CALL, CareTouches.CALL_ONLY,
                0, 0, null, NOW.plusSeconds(3600), null, NOW);
        declined.record(ContactOutcome.REACHED_DECLINED, CareChannel.CALL, CareTouches.CALL_ONLY, 0, 0, 2, null, null,
                NOW.plusSeconds(3600));
        CareTask wrong = new CareTask();
        wrong.record(ContactOutcome.WRONG_NUMBER, CareChannel.CALL, CareTouches.CALL_ONLY, 0, 0, null, null, null, NOW);
        CareTask moved = new CareTask();
        moved.record(ContactOutcome.MOVED_AWAY, CareChannel.VISIT, CareTouches.CALL_ONLY, 0, 0, null, null, null, NOW);

        assertThat(accepted.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(declined.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(declined.auditState()).containsEntry("lastOutcome", "REACHED_DECLINED").containsEntry("contacts", 2);
        assertThat(wrong.getState()).isEqualTo(TaskState.CLOSED);
        assertThat(moved.getState()).isEqualTo(TaskState.CLOSED);
    }

    @Test
    void aCallThatBooksTheVisitKeepsTheTaskOpenDueAtTheAppointmentAndTheVisitCompletesIt() {
        CareTask task = new CareTask();
        Instant appointment = NOW.plus(Duration.ofDays(2));

        task.record(ContactOutcome.REACHED_ACCEPTED, CareChannel.CALL, CareTouches.CALL_THEN_VISIT_WITH_GIFT, 0, 0, 5,
                null, appointment, NOW);
        assertThat(task.getState()).isEqualTo(TaskState.OPEN);
        assertThat(task.auditState()).containsEntry("appointmentAt", appointment.toString());
        task.record(ContactOutcome.REACHED_ACCEPTED, CareChannel.VISIT, CareTouches.CALL_THEN_VISIT_WITH_GIFT,
                2, 400_000, 5,
                null, null, appointment);

        assertThat(task.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(task.auditState()).containsEntry("appointmentAt", "");
    }

    @Test
    void aDeclinedCallCompletesATaskOfAVisitCampaignAndACallOnlyCampaignNeverBooksAVisit() {
        CareTask declined = new CareTask();
        declined.record(ContactOutcome.REACHED_DECLINED, CareChannel.CALL, CareTouches.CALL_THEN_VISIT, 0, 0, 2, null,
                null, NOW);
        CareTask callOnly = new CareTask();
        callOnly.record(ContactOutcome.REACHED_ACCEPTED, CareChannel.CALL, CareTouches.CALL_ONLY, 0, 0, 4, null,
                NOW.plus(Duration.ofDays(1)), NOW);

        assertThat(declined.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(callOnly.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(CareTask.booksVisit(CareTouches.CALL_THEN_VISIT, CareChannel.VISIT, ContactOutcome.REACHED_ACCEPTED))
                .isFalse();
    }
}
