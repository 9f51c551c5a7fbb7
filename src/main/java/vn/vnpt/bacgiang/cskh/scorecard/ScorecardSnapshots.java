package vn.vnpt.bacgiang.cskh.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/**
 * The daily snapshots: one row per unit and day, written by upsert so a second run on the same day replaces
 * the first; the trend reads the previous period from them, never recomputes it.
 */
@Component
class ScorecardSnapshots {

    private static final String COLUMNS = Arrays.stream(Metric.values()).map(Metric::column)
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final ScorecardFigures figures;
    private final Clock clock;

    ScorecardSnapshots(JdbcTemplate jdbc, ScorecardFigures figures, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.clock = clock;
    }

    /** Records today's figures of every unit; returns how many units it recorded. */
    @Transactional
    int take() {
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));
        List<UnitFigures> units = figures.at(clock.instant());
        String updates = Arrays.stream(Metric.values()).map(metric -> metric.column() + " = VALUES(" + metric.column() + ")")
                .collect(Collectors.joining(", "));
        String sql = "INSERT INTO scorecard_snapshot (taken_on, unit_id, " + COLUMNS + ") VALUES (?, ?"
                + ", ?".repeat(Metric.values().length) + ") ON DUPLICATE KEY UPDATE " + updates;
        jdbc.batchUpdate(sql, units.stream().map(unit -> {
            Object[] row = new Object[2 + Metric.values().length];
            row[0] = today;
            row[1] = unit.unitId();
            for (Metric metric : Metric.values()) {
                row[2 + metric.ordinal()] = unit.value(metric);
            }
            return row;
        }).toList());
        return units.size();
    }

    /** The latest snapshot day on or before {@code day}, or null when none was taken by then. */
    @Nullable LocalDate latestOnOrBefore(LocalDate day) {
        return jdbc.queryForObject("SELECT MAX(taken_on) FROM scorecard_snapshot WHERE taken_on <= ?",
                LocalDate.class, day);
    }

    /** Each unit's figures in the snapshot of that day. */
    Map<Long, Map<Metric, Long>> on(LocalDate day) {
        Map<Long, Map<Metric, Long>> byUnit = new HashMap<>();
        jdbc.query("SELECT unit_id, " + COLUMNS + " FROM scorecard_snapshot WHERE taken_on = ?", (RowCallbackHandler) rs -> {
            Map<Metric, Long> values = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                values.put(metric, rs.getLong(2 + metric.ordinal()));
            }
            byUnit.put(rs.getLong(1), values);
        }, day);
        return byUnit;
    }
}
