package vn.vnpt.bacgiang.cskh.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.audit.Auditable;
import vn.vnpt.bacgiang.cskh.org.UnitMoved;
import vn.vnpt.bacgiang.cskh.org.UserMoved;

/**
 * Care tasks follow a reorganisation (docs/decisions/0013): when a store moves to another district,
 * its customers' tasks go to the sales department above its new place, and open ones assigned to
 * staff outside that department are unassigned for its manager to hand out; when a user moves to
 * another unit, their open tasks of units that are no longer above them are unassigned.
 */
@Component
class TaskRehoming {

    private static final String EXECUTING_UNIT_ABOVE = """
            SELECT id, path FROM unit WHERE kind IN ('DISTRICT_SALES', 'ENTERPRISE_SALES') AND ? LIKE CONCAT(path, '%')
            ORDER BY LENGTH(path) DESC LIMIT 1""";

    private static final String REHOME = """
            UPDATE care_task t
              JOIN customer c ON c.id = t.customer_id
              JOIN unit u ON u.id = c.unit_id
              JOIN unit tu ON tu.id = t.unit_id
              LEFT JOIN user_account a ON a.id = t.assignee_id
              LEFT JOIN unit au ON au.id = a.unit_id
            SET t.assignee_id = CASE WHEN t.state = 'OPEN' AND au.path NOT LIKE CONCAT(?, '%') THEN NULL
                                     ELSE t.assignee_id END,
                t.unit_id = ?,
                t.version = t.version + 1
            WHERE u.path LIKE CONCAT(?, '%') AND u.path NOT LIKE CONCAT(tu.path, '%')""";

    private static final String UNASSIGN = """
            UPDATE care_task t JOIN unit tu ON tu.id = t.unit_id
            SET t.assignee_id = NULL, t.version = t.version + 1
            WHERE t.assignee_id = ? AND t.state = 'OPEN' AND ? NOT LIKE CONCAT(tu.path, '%')""";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    TaskRehoming(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void onUnitMove(UnitMoved moved) {
        List<Map<String, Object>> above = jdbc.queryForList(EXECUTING_UNIT_ABOVE, moved.newPath());
        if (above.isEmpty()) {
            return;
        }
        long unitId = ((Number) above.getFirst().get("id")).longValue();
        String unitPath = (String) above.getFirst().get("path");
        int rows = jdbc.update(REHOME, unitPath, unitId, moved.newPath());
        audit.updated(new Rehomed("unit:" + moved.unitId(), unitId, rows), Map.of("path", moved.oldPath()),
                "Chuyển " + rows + " nhiệm vụ chăm sóc theo đơn vị " + moved.unitName());
    }

    @EventListener
    void onUserMove(UserMoved moved) {
        int rows = jdbc.update(UNASSIGN, moved.userId(), moved.newUnitPath());
        if (rows > 0) {
            audit.updated(new Rehomed("user:" + moved.userId(), null, rows), Map.of("assignee", moved.username()),
                    "Bỏ giao " + rows + " nhiệm vụ chăm sóc đang mở của " + moved.username() + " khi chuyển đơn vị");
        }
    }

    /** The audit trail's record of tasks that followed a move. */
    private record Rehomed(String moved, @Nullable Long unitId, int rows) implements Auditable {

        @Override
        public String auditType() {
            return "CareTaskRehoming";
        }

        @Override
        public String auditId() {
            return moved;
        }

        @Override
        public Map<String, Object> auditState() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("unit", unitId == null ? "" : unitId);
            state.put("rows", rows);
            return state;
        }
    }
}
