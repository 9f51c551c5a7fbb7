package vn.vnpt.bacgiang.cskh.execution;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    /** Every contact logged on the unit's tasks of the campaign, in the order they were written. */
    public List<LoggedContact> ofUnit(long campaignId, long unitId) {
        return jdbc.query("""
                SELECT cc.id, cc.customer_id, c.name, c.phone, cc.outcome, cc.staff_id, cc.staff_name, cc.contacted_at
                FROM care_contact cc JOIN care_task t ON t.id = cc.task_id JOIN customer c ON c.id = cc.customer_id
                WHERE cc.campaign_id = ? AND t.unit_id = ? ORDER BY cc.id""",
                (rs, n) -> new LoggedContact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        ContactOutcome.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7),
                        rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                campaignId, unitId);
    }
}
