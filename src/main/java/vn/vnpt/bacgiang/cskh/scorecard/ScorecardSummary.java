package vn.vnpt.bacgiang.cskh.scorecard;

import java.time.Instant;
import java.util.List;

/** For a dashboard tile: how many units have a figure at alert or at warning, and the names of those at alert. */
public record ScorecardSummary(Instant asOf, int units, int alert, int warn, List<String> alertUnits) {

    public ScorecardSummary {
        alertUnits = List.copyOf(alertUnits);
    }

    static ScorecardSummary of(CoordinationScorecard card) {
        List<String> alert = card.rows().stream().filter(row -> row.worst() == Level.ALERT)
                .map(ScorecardRow::unitName).toList();
        int warn = (int) card.rows().stream().filter(row -> row.worst() == Level.WARN).count();
        return new ScorecardSummary(card.asOf(), card.rows().size(), alert.size(), warn, alert);
    }
}
