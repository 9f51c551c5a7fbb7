package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.sla.Pause;
import vn.vnpt.bacgiang.cskh.sla.SlaClock;
import vn.vnpt.bacgiang.cskh.sla.WorkingCalendar;
import vn.vnpt.bacgiang.cskh.sla.WorkingTime;

/**
 * A hand-off's service level in working time. Both clocks start when the hand-off is (re)sent: the
 * accept clock runs while it waits to be accepted, the resolve clock until it is resolved; waiting for
 * the customer and waiting for the requester's confirmation stop the clock.
 */
@Component
class HandoffSla {

    private final WorkingCalendar calendar;

    HandoffSla(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Stores on the hand-off the deadline of its current state and when its warning starts. */
    void recompute(Handoff handoff, List<Pause> pauses) {
        HandoffState state = handoff.getState();
        if (!state.isAcceptClock() && !state.isResolveClock()) {
            handoff.deadline(null, null);
            return;
        }
        WorkingTime time = calendar.current();
        Duration target = target(handoff);
        List<Pause> counted = since(handoff, pauses);
        Instant due = time.deadline(handoff.getSentAt(), target, counted);
        Instant warn = due == null ? null
                : time.deadline(handoff.getSentAt(), target.multipliedBy(handoff.getWarnPercent()).dividedBy(100),
                counted);
        handoff.deadline(due, warn);
    }

    /** The clock as it stands at {@code now}; null where no clock applies (returned, cancelled). */
    @Nullable SlaClock clock(Handoff handoff, List<Pause> pauses, Instant now) {
        return clock(calendar.current(), handoff, pauses, now);
    }

    static @Nullable SlaClock clock(WorkingTime time, Handoff handoff, List<Pause> pauses, Instant now) {
        HandoffState state = handoff.getState();
        if (state == HandoffState.RETURNED || state == HandoffState.CANCELLED) {
            return null;
        }
        Instant stopped = state == HandoffState.RESOLVED || state == HandoffState.CONFIRMED
                ? handoff.getResolvedAt() : null;
        return SlaClock.of(time, handoff.getSentAt(), target(handoff), handoff.getWarnPercent(),
                since(handoff, pauses), now, stopped);
    }

    WorkingTime time() {
        return calendar.current();
    }

    Duration workingTimeBetween(Instant from, Instant to) {
        return calendar.workingTimeBetween(from, to);
    }

    private static Duration target(Handoff handoff) {
        return Duration.ofMinutes(handoff.getState().isAcceptClock() ? handoff.getAcceptMinutes()
                : handoff.getResolveMinutes());
    }

    private static List<Pause> since(Handoff handoff, List<Pause> pauses) {
        return pauses.stream().filter(pause -> !pause.from().isBefore(handoff.getSentAt())).toList();
    }
}
