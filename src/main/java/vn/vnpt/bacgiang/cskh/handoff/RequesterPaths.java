package vn.vnpt.bacgiang.cskh.handoff;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.org.UnitMoved;

/** Hand-offs keep the requesting unit's path for the requesting side's scope; a moved unit takes it along. */
@Component
class RequesterPaths {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    RequesterPaths(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void onMove(UnitMoved moved) {
        moved.rewrite(jdbc, audit, "handoff", "requester_unit_path");
    }
}
