package vn.vnpt.bacgiang.cskh.scorecard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One unit's line of the scorecard: each figure of its side now, how it stands against its thresholds, and
 * the same figure in the snapshot of the previous period (null when no snapshot holds the unit).
 */
public record ScorecardRow(long unitId, String unitName, Metric.Side side, Map<Metric, Long> values,
                           Map<Metric, Level> levels, @Nullable Map<Metric, Long> previous) {

    public ScorecardRow {
        values = new EnumMap<>(values);
        levels = new EnumMap<>(levels);
        previous = previous == null ? null : new EnumMap<>(previous);
    }

    /** The figures this row has: those of its side. */
    public List<Metric> metrics() {
        return List.of(Metric.values()).stream().filter(metric -> metric.side() == side).toList();
    }

    public boolean has(Metric metric) {
        return metric.side() == side;
    }

    public long value(Metric metric) {
        return values.getOrDefault(metric, 0L);
    }

    public Level level(Metric metric) {
        return levels.getOrDefault(metric, Level.OK);
    }

    public @Nullable Long previous(Metric metric) {
        return previous == null ? null : previous.get(metric);
    }

    /** The change since the previous period, or null without a snapshot to compare with. */
    public @Nullable Long change(Metric metric) {
        Long before = previous(metric);
        return before == null ? null : value(metric) - before;
    }

    /** The worst level among the row's figures. */
    public Level worst() {
        return levels.values().stream().max(Enum::compareTo).orElse(Level.OK);
    }
}
