package vn.vnpt.bacgiang.cskh.supervision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who answers for an inspected unit: its managers (the sales managers of the unit or of a unit above
 * it, and the unit's head, e.g. a TTVT's), and the people of the unit (or below it) an action can be given to.
 */
@Component
class UnitPeople {

    private final JdbcTemplate jdbc;

    UnitPeople(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> managers(long unitId, String unitPath) {
        Set<Long> managers = new LinkedHashSet<>(jdbc.queryForList("""
                SELECT DISTINCT a.id FROM user_account a JOIN user_role r ON r.user_id = a.id
                JOIN unit u ON u.id = a.unit_id
                WHERE r.role = 'SALES_MANAGER' AND a.enabled AND ? LIKE CONCAT(u.path, '%')
                ORDER BY a.id""", Long.class, unitPath));
        managers.addAll(jdbc.queryForList("SELECT head_user_id FROM unit WHERE id = ? AND head_user_id IS NOT NULL",
                Long.class, unitId));
        return managers;
    }

    /** The active people of the unit and of the units below it (a sales department's stores). */
    List<ActionOwner> of(String unitPath) {
        return jdbc.query("""
                SELECT a.id, a.full_name FROM user_account a JOIN unit u ON u.id = a.unit_id
                WHERE u.path LIKE CONCAT(?, '%') AND a.enabled ORDER BY a.full_name""",
                (rs, row) -> new ActionOwner(rs.getLong("id"), rs.getString("full_name")), unitPath);
    }
}
