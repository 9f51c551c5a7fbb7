package vn.vnpt.bacgiang.cskh.campaign;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.org.UnitMoved;

/** Readiness checklists keep their executing unit's path for the managers' scope; a moved unit takes it along. */
@Component
class ReadinessPaths {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    ReadinessPaths(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void onMove(UnitMoved moved) {
        moved.rewrite(jdbc, audit, "unit_readiness", "unit_path");
    }
}
