package vn.vnpt.bacgiang.cskh.execution;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The contacts a unit logged in a campaign, for step 7's callback samples: read by supervisors only
 * (the INSPECT permission), who see every unit, so nothing is filtered by scope here.
 */
@Service
@PreAuthorize(Permissions.HAS_INSPECT)
@Transactional(readOnly = true)
public class LoggedContacts {

    private final JdbcTemplate jdbc;

    LoggedContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The outcome of every contact logged on the unit's tasks of the campaign, in no particular order: a
     * unit may have logged hundreds of thousands, so only what drawing a sample needs is read, from the
     * task index alone (V27; a task's contacts are all of its campaign).
     */
    public List<LoggedOutcome> outcomesOfUnit(long campaignId, long unitId) {
        return jdbc.query("""
                SELECT cc.id, cc.outcome, cc.staff_id
                FROM care_task t JOIN care_contact cc ON cc.task_id = t.id
                WHERE t.campaign_id = ? AND t.unit_id = ?""",
                (rs, n) -> new LoggedOutcome(rs.getLong(1), ContactOutcome.valueOf(rs.getString(2)), rs.getLong(3)),
                campaignId, unitId);
    }

    /** The contacts with these ids, with their customers' names and phones, in contact order. */
    public List<LoggedContact> ofIds(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return List.of();
        }
        String ids = contactIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.query("""
                SELECT cc.id, cc.customer_id, c.name, c.phone, cc.outcome, cc.staff_id, cc.staff_name, cc.contacted_at
                FROM care_contact cc JOIN customer c ON c.id = cc.customer_id
                WHERE cc.id IN (%s) ORDER BY cc.id""".formatted(ids),
                (rs, n) -> new LoggedContact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        ContactOutcome.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7),
                        rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
    }
}
