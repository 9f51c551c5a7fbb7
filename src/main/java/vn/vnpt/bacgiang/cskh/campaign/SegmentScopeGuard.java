package vn.vnpt.bacgiang.cskh.campaign;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.Role;
import vn.vnpt.bacgiang.cskh.security.ScopeLevel;
import vn.vnpt.bacgiang.cskh.segment.Segment;

/**
 * A saved segment keeps its criteria, not its owner's scope, and a campaign counts, splits and
 * freezes it province-wide; so a campaign targets only a segment saved by someone who sees the
 * whole province (ĐHNV planners, Admins), never a sales manager's list of their own unit
 * (docs/decisions/0006).
 */
@Component
class SegmentScopeGuard {

    private final JdbcTemplate jdbc;

    SegmentScopeGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void require(Segment segment) {
        boolean provinceWide = jdbc.queryForList("SELECT role FROM user_role WHERE user_id = ?", String.class,
                segment.getOwnerId()).stream().map(Role::valueOf).anyMatch(role -> role.scope() == ScopeLevel.ALL);
        if (!provinceWide) {
            throw new RuleViolation("campaign.guard.segmentScope", "segmentId", segment.getName(),
                    segment.getOwnerName());
        }
    }
}
