package vn.vnpt.bacgiang.cskh.customer;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.org.UnitMoved;

/** Customers keep their managing unit's path for scope; a moved unit takes its customers' paths along. */
@Component
class CustomerPaths {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    CustomerPaths(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void onMove(UnitMoved moved) {
        moved.rewrite(jdbc, audit, "customer", "unit_path");
    }
}
