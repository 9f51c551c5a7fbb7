package vn.vnpt.bacgiang.cskh.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/**
 * The portal's working calendar, read from the database and kept until an Admin changes it on this node, or at
 * most {@code portal.sla.calendar-max-age} (30 s) so that another node's change shows here too (decision 0043).
 * Open to every caller, signed in or not (the escalation job has no user): it only tells time.
 */
@Service
public class WorkingCalendar {

    private record Kept(WorkingTime time, long readAtNanos) {
    }

    private final WorkingPeriodRepository periods;
    private final HolidayRepository holidays;
    private final long maxAgeNanos;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Kept current;

    WorkingCalendar(WorkingPeriodRepository periods, HolidayRepository holidays,
                    @Value("${portal.sla.calendar-max-age:PT30S}") Duration maxAge) {
        this.periods = periods;
        this.holidays = holidays;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public Duration workingTimeBetween(Instant from, Instant to) {
        return current().workingTimeBetween(from, to);
    }

    /** Working time since {@code start} minus the working time spent paused. */
    public Duration elapsed(Instant start, Instant now, List<Pause> pauses) {
        return current().elapsed(start, now, pauses);
    }

    /** When {@code workingTime} of unpaused working time will have passed since {@code start}; null while a pause is open. */
    public @Nullable Instant deadline(Instant start, Duration workingTime, List<Pause> pauses) {
        return current().deadline(start, workingTime, pauses);
    }

    public boolean isWorkingDay(LocalDate day) {
        return current().isWorkingDay(day);
    }

    /** The calendar as it stands now, for callers doing many computations at once. */
    public WorkingTime current() {
        Kept kept = current;
        long now = System.nanoTime();
        if (kept != null && now - kept.readAtNanos() < maxAgeNanos) {
            return kept.time();
        }
        long loading = generation.get();
        WorkingTime time = new WorkingTime(VnFormats.ZONE,
                periods.findAll().stream().map(WorkingPeriod::period).toList(), new HashSet<>(holidays.days()));
        // an edit committed while this was loading wins: keep the fresh read out of the cache then
        if (generation.get() == loading) {
            current = new Kept(time, now);
        }
        return time;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(CalendarChanged event) {
        generation.incrementAndGet();
        current = null;
    }
}
