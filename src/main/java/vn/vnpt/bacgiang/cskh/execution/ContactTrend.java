package vn.vnpt.bacgiang.cskh.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/** How a campaign's care work went day by day, for step 8's evaluation: contacts logged and accepted per day. */
@Service
@PreAuthorize(Permissions.HAS_PROGRESS_READ)
@Transactional(readOnly = true)
public class ContactTrend {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    ContactTrend(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /**
     * Every day from the first contact of the campaign in the user's scope to the last, days without contacts
     * included (as zero), so that a chart's axis is the calendar.
     */
    public List<DayContacts> daily(long campaignId) {
        TaskScope scope = TaskScope.of(currentUser.require());
        List<Object> args = new ArrayList<>(List.of(campaignId));
        String where = "";
        if (scope.unitId() != null) {
            where = " AND cc.unit_id = ?";
            args.add(scope.unitId());
        } else if (scope.assigneeId() != null) {
            where = " AND cc.staff_id = ?";
            args.add(scope.assigneeId());
        }
        Map<LocalDate, DayContacts> days = new HashMap<>();
        // contacted_at is UTC; Vietnam keeps UTC+7 all year
        jdbc.query("SELECT DATE(cc.contacted_at + INTERVAL 7 HOUR) AS day, COUNT(*), "
                        + "SUM(cc.outcome = 'REACHED_ACCEPTED') FROM care_contact cc WHERE cc.campaign_id = ?" + where
                        + " GROUP BY day",
                (RowCallbackHandler) rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    days.put(day, new DayContacts(day, rs.getLong(2), rs.getLong(3)));
                }, args.toArray());
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate first = days.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        return first.datesUntil(last.plusDays(1))
                .map(day -> days.getOrDefault(day, new DayContacts(day, 0, 0))).toList();
    }
}
