package vn.vnpt.bacgiang.cskh.org;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.audit.Auditable;

/**
 * Published inside the transaction that moves a unit under another parent, once {@code unit.path}
 * of the unit and its descendants is rewritten. Modules that keep a copy of a unit's path on their
 * own rows (docs/decisions/0001) listen synchronously and rewrite it with {@link #rewrite}, so the
 * move and every copy commit or fail together and no scope is left on the old path.
 */
public record UnitMoved(long unitId, String unitName, String oldPath, String newPath) {

    /**
     * Rewrites every copy of a path of the moved subtree held in {@code table.column} (a versioned
     * table, so an edit loaded before the move cannot write the old path back) and audits it.
     */
    public int rewrite(JdbcTemplate jdbc, AuditTrail audit, String table, String column) {
        int rows = jdbc.update("UPDATE " + table + " SET " + column + " = CONCAT(?, SUBSTRING(" + column + ", ?)), "
                        + "version = version + 1 WHERE " + column + " LIKE ?",
                newPath, oldPath.length() + 1, oldPath + "%");
        audit.updated(new PathCopies(unitId, table + "." + column, newPath, rows), Map.of("path", oldPath),
                "Chuyển " + rows + " dòng " + table + " theo đơn vị " + unitName);
        return rows;
    }

    /** The audit trail's record of one rewritten column. */
    private record PathCopies(long unitId, String column, String path, int rows) implements Auditable {

        @Override
        public String auditType() {
            return "UnitPathCopy";
        }

        @Override
        public String auditId() {
            return unitId + ":" + column;
        }

        @Override
        public Map<String, Object> auditState() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("path", path);
            state.put("rows", rows);
            return state;
        }
    }
}
