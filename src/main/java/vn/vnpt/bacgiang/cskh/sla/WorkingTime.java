package vn.vnpt.bacgiang.cskh.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Working-time arithmetic over one snapshot of the calendar: pure and immutable, so it can be
 * tested without a database and shared between threads. It walks days and their few opening
 * periods, never minutes, so a deadline 200 working hours away costs about forty days of work.
 */
public final class WorkingTime {

    /** A calendar with no working day at all would make a deadline walk forever; ten years is the cut. */
    private static final int MAX_DAYS = 3660;

    /** One opening period of a weekday. */
    public record Period(DayOfWeek weekday, LocalTime start, LocalTime end) {
        public Period {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("A period ends after it starts: " + start + "-" + end);
            }
        }
    }

    private record Span(Instant from, Instant to) {
        Duration length() {
            return Duration.between(from, to);
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Period>> periods = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays;

    public WorkingTime(ZoneId zone, List<Period> periods, Set<LocalDate> holidays) {
        this.zone = zone;
        for (Period period : periods) {
            this.periods.computeIfAbsent(period.weekday(), day -> new ArrayList<>()).add(period);
        }
        this.periods.values().forEach(list -> list.sort(Comparator.comparing(Period::start)));
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return !holidays.contains(day) && periods.containsKey(day.getDayOfWeek());
    }

    /** Working time between two instants: nights, lunch breaks, weekends and holidays do not count. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Span open : openOn(day)) {
                Instant start = later(open.from(), from);
                Instant end = earlier(open.to(), to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Working time from {@code start} to {@code now}, less the working time spent paused (an open pause lasts until now). */
    public Duration elapsed(Instant start, Instant now, List<Pause> pauses) {
        Duration total = workingTimeBetween(start, now);
        for (Span pause : merged(pauses, now)) {
            total = total.minus(workingTimeBetween(later(pause.from(), start), earlier(pause.to(), now)));
        }
        return total.isNegative() ? Duration.ZERO : total;
    }

    /**
     * The instant at which {@code workingTime} of unpaused working time has passed since {@code start};
     * none while a pause is open, since nobody knows when the clock will run again.
     */
    public @Nullable Instant deadline(Instant start, Duration workingTime, List<Pause> pauses) {
        if (pauses.stream().anyMatch(Pause::isOpen)) {
            return null;
        }
        if (workingTime.isNegative() || workingTime.isZero()) {
            return start;
        }
        List<Span> paused = merged(pauses, start);
        Duration remaining = workingTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int walked = 0; walked < MAX_DAYS; walked++, day = day.plusDays(1)) {
            for (Span open : openOn(day)) {
                if (!open.to().isAfter(start)) {
                    continue;
                }
                for (Span piece : without(new Span(later(open.from(), start), open.to()), paused)) {
                    if (piece.length().compareTo(remaining) >= 0) {
                        return piece.from().plus(remaining);
                    }
                    remaining = remaining.minus(piece.length());
                }
            }
        }
        throw new IllegalStateException("The working calendar has no working time within " + MAX_DAYS + " days");
    }

    private List<Span> openOn(LocalDate day) {
        if (!isWorkingDay(day)) {
            return List.of();
        }
        List<Period> list = periods.get(day.getDayOfWeek());
        List<Span> spans = new ArrayList<>(list.size());
        for (Period period : list) {
            spans.add(new Span(day.atTime(period.start()).atZone(zone).toInstant(),
                    day.atTime(period.end()).atZone(zone).toInstant()));
        }
        return spans;
    }

    /** Pauses sorted and overlapping ones joined, so no paused time is subtracted twice; open ones end at {@code openUntil}. */
    private static List<Span> merged(List<Pause> pauses, Instant openUntil) {
        List<Span> spans = pauses.stream()
                .map(pause -> new Span(pause.from(), pause.to() == null ? later(openUntil, pause.from()) : pause.to()))
                .filter(span -> span.to().isAfter(span.from()))
                .sorted(Comparator.comparing(Span::from))
                .toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span previous = merged.isEmpty() ? null : merged.getLast();
            if (previous != null && !span.from().isAfter(previous.to())) {
                merged.set(merged.size() - 1, new Span(previous.from(), later(previous.to(), span.to())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The parts of {@code open} outside every (sorted, disjoint) pause. */
    private static List<Span> without(Span open, List<Span> paused) {
        List<Span> pieces = new ArrayList<>(2);
        Instant cursor = open.from();
        for (Span pause : paused) {
            if (!pause.to().isAfter(cursor)) {
                continue;
            }
            if (!pause.from().isBefore(open.to())) {
                break;
            }
            if (pause.from().isAfter(cursor)) {
                pieces.add(new Span(cursor, pause.from()));
            }
            cursor = pause.to();
        }
        if (open.to().isAfter(cursor)) {
            pieces.add(new Span(cursor, open.to()));
        }
        return pieces;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
