package vn.vnpt.bacgiang.cskh.scorecard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.ReadinessDays;

/**
 * Counts the scorecard's figures for every executing unit and TTVT on a day, with no signed-in user (the
 * snapshot job uses it too). One grouped query per source table; store rows roll up into their sales
 * department by unit path. Decision 0028 says why this reads the other modules' tables and which columns.
 */
@Component
class ScorecardFigures {

    /** Flows (accepted late, bounced, readiness late) count this many days up to the day. */
    static final int PERIOD_DAYS = 30;

    private final JdbcTemplate jdbc;
    private final ReadinessDays readinessDays;
    private final int notStartedDays;

    ScorecardFigures(JdbcTemplate jdbc, ReadinessDays readinessDays,
                     @Value("${portal.scorecard.not-started-days:3}") int notStartedDays) {
        this.jdbc = jdbc;
        this.readinessDays = readinessDays;
        this.notStartedDays = notStartedDays;
    }

    int notStartedDays() {
        return notStartedDays;
    }

    static LocalDate periodFrom(LocalDate day) {
        return day.minusDays(PERIOD_DAYS - 1L);
    }

    /** Every executing unit and TTVT with its figures at {@code now} (whose Vietnamese date is the day). */
    List<UnitFigures> at(Instant now) {
        LocalDate today = now.atZone(VnFormats.ZONE).toLocalDate();
        Timestamp from = utc(periodFrom(today).atStartOfDay(VnFormats.ZONE).toInstant());
        Timestamp at = utc(now);
        List<Unit> units = jdbc.query("""
                SELECT id, name, kind, path FROM unit
                WHERE active AND kind IN ('DISTRICT_SALES', 'ENTERPRISE_SALES', 'TELECOM_CENTER')
                ORDER BY name""", (rs, n) -> new Unit(rs.getLong(1), rs.getString(2),
                "TELECOM_CENTER".equals(rs.getString(3)) ? Metric.Side.TTVT : Metric.Side.EXECUTING, rs.getString(4)));

        Map<String, Map<Metric, Long>> byPath = new HashMap<>();
        jdbc.query("""
                SELECT u.path, SUM(t.contacts = 0 AND t.created_at < ?), SUM(t.due_at < ?)
                FROM care_task t JOIN unit u ON u.id = t.unit_id
                WHERE t.state = 'OPEN' GROUP BY u.path""", (RowCallbackHandler) rs -> {
            add(byPath, rs.getString(1), Metric.NOT_STARTED, rs.getLong(2));
            add(byPath, rs.getString(1), Metric.TASKS_OVERDUE, rs.getLong(3));
        }, utc(now.minus(Duration.ofDays(notStartedDays))), at);
        jdbc.query("""
                SELECT unit_path, COUNT(*) FROM corrective_action
                WHERE state IN ('OPEN', 'REOPENED') AND due_on < ? GROUP BY unit_path""",
                (RowCallbackHandler) rs -> add(byPath, rs.getString(1), Metric.ACTIONS_OVERDUE, rs.getLong(2)), today);
        jdbc.query("""
                SELECT r.unit_path, r.confirmed_at,
                       (SELECT MAX(t.at) FROM campaign_transition t
                        WHERE t.campaign_id = r.campaign_id AND t.to_state = 'READINESS' AND t.at <= r.confirmed_at)
                FROM unit_readiness r WHERE r.confirmed_at >= ? AND r.confirmed_at < ?""", (RowCallbackHandler) rs -> {
            Timestamp entered = rs.getTimestamp(3);
            if (entered != null && late(instant(entered), instant(rs.getTimestamp(2)))) {
                add(byPath, rs.getString(1), Metric.READINESS_LATE, 1);
            }
        }, from, at);

        Map<Long, Map<Metric, Long>> byReceiver = new HashMap<>();
        jdbc.query("""
                SELECT receiver_unit_id, SUM(sent_at >= ? AND accept_sla_met = FALSE),
                       SUM(sent_at >= ? AND bounces > 0), SUM(is_open AND due_at < ?)
                FROM handoff WHERE sent_at >= ? OR is_open GROUP BY receiver_unit_id""", (RowCallbackHandler) rs -> {
            Map<Metric, Long> figures = byReceiver.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Metric.class));
            figures.put(Metric.ACCEPTED_LATE, rs.getLong(2));
            figures.put(Metric.BOUNCED, rs.getLong(3));
            figures.put(Metric.HANDOFFS_OVERDUE, rs.getLong(4));
        }, from, from, at, from);

        List<UnitFigures> result = new ArrayList<>();
        for (Unit unit : units) {
            Map<Metric, Long> values = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                if (metric.side() == unit.side()) {
                    values.put(metric, 0L);
                }
            }
            if (unit.side() == Metric.Side.TTVT) {
                values.putAll(byReceiver.getOrDefault(unit.id(), Map.of()));
            } else {
                byPath.forEach((path, figures) -> {
                    if (path.startsWith(unit.path())) {
                        figures.forEach((metric, count) -> values.merge(metric, count, Long::sum));
                    }
                });
            }
            result.add(new UnitFigures(unit.id(), unit.name(), unit.side(), values));
        }
        return result;
    }

    /** Confirmed after the last day of the step's allowance, counted from the day the campaign entered step 5. */
    private boolean late(Instant entered, Instant confirmed) {
        LocalDate deadline = entered.atZone(VnFormats.ZONE).toLocalDate().plusDays(readinessDays.days());
        return confirmed.atZone(VnFormats.ZONE).toLocalDate().isAfter(deadline);
    }

    private static void add(Map<String, Map<Metric, Long>> byPath, String path, Metric metric, long count) {
        if (count > 0) {
            byPath.computeIfAbsent(path, key -> new EnumMap<>(Metric.class)).merge(metric, count, Long::sum);
        }
    }

    /** The database keeps instants as UTC wall time (hibernate.jdbc.time_zone=UTC). */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp utc) {
        return utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private record Unit(long id, String name, Metric.Side side, String path) {
    }
}
