package vn.vnpt.bacgiang.cskh.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An SLA clock read at one instant: the target, the working time used so far, the deadline (none
 * while paused) and the state. A stopped clock (the work was done) is MET or MISSED for good.
 */
public record SlaClock(Duration target, Duration elapsed, @Nullable Instant deadline, SlaState state) {

    public static SlaClock of(WorkingCalendar calendar, Instant start, Duration target, int warnAtPercent,
                              List<Pause> pauses, Instant now, @Nullable Instant stoppedAt) {
        return of(calendar.current(), start, target, warnAtPercent, pauses, now, stoppedAt);
    }

    public static SlaClock of(WorkingTime time, Instant start, Duration target, int warnAtPercent,
                              List<Pause> pauses, Instant now, @Nullable Instant stoppedAt) {
        if (stoppedAt != null) {
            List<Pause> closed = pauses.stream()
                    .map(pause -> pause.isOpen() ? new Pause(pause.from(), stoppedAt) : pause).toList();
            Duration elapsed = time.elapsed(start, stoppedAt, closed);
            Instant deadline = time.deadline(start, target, closed);
            boolean met = deadline != null && !stoppedAt.isAfter(deadline);
            return new SlaClock(target, elapsed, deadline, met ? SlaState.MET : SlaState.MISSED);
        }
        Duration elapsed = time.elapsed(start, now, pauses);
        Instant deadline = time.deadline(start, target, pauses);
        SlaState state;
        if (deadline == null) {
            // paused after the target had already run out: it stays overdue while it waits
            state = elapsed.compareTo(target) > 0 ? SlaState.OVERDUE : SlaState.PAUSED;
        } else if (now.isAfter(deadline)) {
            state = SlaState.OVERDUE;
        } else if (elapsed.multipliedBy(100).compareTo(target.multipliedBy(warnAtPercent)) >= 0) {
            state = SlaState.WARNING;
        } else {
            state = SlaState.ON_TIME;
        }
        return new SlaClock(target, elapsed, deadline, state);
    }

    /** Working time left before the deadline; negative once overdue. */
    public Duration remaining() {
        return target.minus(elapsed);
    }

    public boolean isStopped() {
        return state == SlaState.MET || state == SlaState.MISSED;
    }
}
