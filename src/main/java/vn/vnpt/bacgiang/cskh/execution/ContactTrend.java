package vn.vnpt.bacgiang.cskh.execution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * How a campaign's care work went day by day, for step 8's evaluation: contacts logged and accepted per day. The
 * days before today are kept per unit once counted (decision 0037); today's are counted live.
 */
@Service
@PreAuthorize(Permissions.HAS_PROGRESS_READ)
@Transactional(readOnly = true)
public class ContactTrend {

    // contacted_at is UTC; Vietnam keeps UTC+7 all year
    private static final String PER_DAY = "SELECT cc.unit_id, DATE(cc.contacted_at + INTERVAL 7 HOUR) AS day, "
            + "COUNT(*) AS contacts, SUM(cc.outcome = 'REACHED_ACCEPTED') AS accepted FROM care_contact cc "
            + "WHERE cc.campaign_id = ? AND cc.contacted_at >= ?";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContactTrend(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every day from the first contact of the campaign in the user's scope to the last, days without contacts
     * included (as zero), so that a chart's axis is the calendar. Keeps the days that ended and were not kept
     * yet, in the caller's transaction (so a report's figures and its kept days commit or roll back together).
     */
    @Transactional
    public List<DayContacts> daily(long campaignId) {
        return byUnit(campaignId).all();
    }

    /** {@link #daily}'s days for the whole campaign and, over the same calendar, for each unit in the user's scope. */
    @Transactional
    public UnitTrends byUnit(long campaignId) {
        TaskScope scope = TaskScope.of(currentUser.require());
        if (scope.assigneeId() != null) {
            throw new IllegalStateException("The trend is read per unit, not per care staff member");
        }
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));
        keepDaysBefore(campaignId, today);
        Map<Long, Map<LocalDate, DayContacts>> units = new HashMap<>();
        RowCallbackHandler add = rs -> {
            if (scope.unitId() == null || scope.unitId() == rs.getLong("unit_id")) {
                LocalDate day = rs.getObject("day", LocalDate.class);
                units.computeIfAbsent(rs.getLong("unit_id"), unit -> new HashMap<>()).merge(day,
                        new DayContacts(day, rs.getLong("contacts"), rs.getLong("accepted")), ContactTrend::sum);
            }
        };
        jdbc.query("SELECT unit_id, day, contacts, accepted FROM contact_day WHERE campaign_id = ? AND day < ?", add,
                campaignId, today);
        jdbc.query(PER_DAY + " GROUP BY cc.unit_id, day", add, campaignId, start(today));
        Map<LocalDate, DayContacts> all = new HashMap<>();
        units.values().forEach(days -> days.values().forEach(day -> all.merge(day.day(), day, ContactTrend::sum)));
        if (all.isEmpty()) {
            return new UnitTrends(List.of(), Map.of());
        }
        List<LocalDate> calendar = all.keySet().stream().min(LocalDate::compareTo).orElseThrow()
                .datesUntil(all.keySet().stream().max(LocalDate::compareTo).orElseThrow().plusDays(1)).toList();
        Map<Long, List<DayContacts>> perUnit = new HashMap<>();
        units.forEach((unit, days) -> perUnit.put(unit, onCalendar(calendar, days)));
        return new UnitTrends(onCalendar(calendar, all), perUnit);
    }

    private static List<DayContacts> onCalendar(List<LocalDate> calendar, Map<LocalDate, DayContacts> days) {
        return calendar.stream().map(day -> days.getOrDefault(day, new DayContacts(day, 0, 0))).toList();
    }

    private static DayContacts sum(DayContacts one, DayContacts other) {
        return new DayContacts(one.day(), one.contacts() + other.contacts(), one.accepted() + other.accepted());
    }

    /** Counts and keeps the campaign's days from the day after the last kept one to yesterday, in one pass. */
    private void keepDaysBefore(long campaignId, LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        @Nullable LocalDate kept = jdbc.query("SELECT through FROM contact_days_kept WHERE campaign_id = ?",
                rs -> rs.next() ? rs.getObject(1, LocalDate.class) : null, campaignId);
        if (kept != null && !kept.isBefore(yesterday)) {
            return;
        }
        LocalDateTime from = kept == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : start(kept.plusDays(1));
        jdbc.update("INSERT IGNORE INTO contact_day (campaign_id, unit_id, day, contacts, accepted) SELECT ?, kept.* "
                + "FROM (" + PER_DAY + " AND cc.contacted_at < ? GROUP BY cc.unit_id, day) kept", campaignId, campaignId,
                from, start(today));
        jdbc.update("INSERT INTO contact_days_kept (campaign_id, through, kept_at) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE through = GREATEST(through, VALUES(through)), kept_at = VALUES(kept_at)",
                campaignId, yesterday, clock.instant());
    }

    /** The start of a Vietnamese day as the UTC time contacted_at holds. */
    private static LocalDateTime start(LocalDate day) {
        Instant start = day.atStartOfDay(VnFormats.ZONE).toInstant();
        return LocalDateTime.ofInstant(start, ZoneOffset.UTC);
    }
}
