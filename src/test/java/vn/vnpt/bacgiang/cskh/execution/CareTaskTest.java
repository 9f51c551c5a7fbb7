package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

class CareTaskTest {

    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @Test
    void failedAttemptsMoveTheDueTimeToTheCallbackAndTheThirdMakesTheTaskUnreachable() {
        CareTask task = new CareTask();
        Instant callback = NOW.plus(Duration.ofDays(1));

        task.record(ContactOutcome.NOT_REACHED, CareChannel.SMS, false, null, callback, NOW);
        assertThat(task.getState()).isEqualTo(TaskState.OPEN);
        assertThat(task.auditState()).containsEntry("failedAttempts", 1).containsEntry("contacts", 1);
        assertThat(task.lastAttempt()).isFalse();
        task.record(ContactOutcome.NOT_REACHED, CareChannel.CALL, false, null, callback.plusSeconds(60), NOW);
        assertThat(task.lastAttempt()).isTrue();
        task.record(ContactOutcome.NOT_REACHED, CareChannel.CALL, false, null, null, NOW);

        assertThat(task.getState()).isEqualTo(TaskState.UNREACHABLE);
        assertThat(task.getFailedAttempts()).isEqualTo(3);
    }

    @Test
    void reachedOutcomesCompleteTheTaskAndAWrongNumberOrAMoveAwayCloseIt() {
        CareTask accepted = new CareTask();
        accepted.record(ContactOutcome.REACHED_ACCEPTED, CareChannel.VISIT, true, 5, null, NOW);
        CareTask declined = new CareTask();
        declined.record(ContactOutcome.NOT_REACHED, CareChannel.CALL, false, null, NOW.plusSeconds(3600), NOW);
        declined.record(ContactOutcome.REACHED_DECLINED, CareChannel.CALL, false, 2, null, NOW.plusSeconds(3600));
        CareTask wrong = new CareTask();
        wrong.record(ContactOutcome.WRONG_NUMBER, CareChannel.CALL, false, null, null, NOW);
        CareTask moved = new CareTask();
        moved.record(ContactOutcome.MOVED_AWAY, CareChannel.VISIT, false, null, null, NOW);

        assertThat(accepted.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(declined.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(declined.auditState()).containsEntry("lastOutcome", "REACHED_DECLINED").containsEntry("contacts", 2);
        assertThat(wrong.getState()).isEqualTo(TaskState.CLOSED);
        assertThat(moved.getState()).isEqualTo(TaskState.CLOSED);
    }
}
