package vn.vnpt.bacgiang.cskh.execution;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a campaign should be today if its quota were reached evenly over its period: nothing before
 * the first day, the whole quota on the last day (the step-6 deadline), pro rata by day between.
 */
public record Pace(LocalDate start, LocalDate end, LocalDate today) {

    /** The days of the period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The days of the period up to and including today, between 0 and {@link #days()}. */
    public long elapsedDays() {
        return Math.clamp(ChronoUnit.DAYS.between(start, today) + 1, 0, days());
    }

    /** The part of the quota that should be reached by the end of today, rounded up. */
    public long expected(long quota) {
        return Math.ceilDiv(quota * elapsedDays(), days());
    }
}
