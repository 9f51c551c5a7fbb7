package vn.vnpt.bacgiang.cskh.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scorecard as of {@code asOf}: flows (hand-offs accepted late, bounced, readiness confirmed late) count the
 * {@code periodDays} days up to today; stocks (not started, overdue) count what stands now. {@code previousOn}
 * is the day of the snapshot the trend compares with, null when there is none yet.
 */
public record CoordinationScorecard(Instant asOf, LocalDate periodFrom, LocalDate today, int notStartedDays,
                                    @Nullable LocalDate previousOn, List<ScorecardRow> rows) {

    public CoordinationScorecard {
        rows = List.copyOf(rows);
    }
}
