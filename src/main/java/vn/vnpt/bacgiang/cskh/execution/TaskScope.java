package vn.vnpt.bacgiang.cskh.execution;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * The care tasks a user may read: ĐHNV, the Director and Admins all of them, a sales manager those
 * of their own unit, care staff those assigned to them; anyone else none.
 */
record TaskScope(@Nullable Long unitId, @Nullable Long assigneeId) {

    private static final Set<Role> SEE_ALL = EnumSet.of(Role.ADMIN, Role.DIRECTOR, Role.PLANNER, Role.SUPERVISOR);

    static TaskScope of(PortalUser user) {
        if (user.roles().stream().anyMatch(SEE_ALL::contains)) {
            return new TaskScope(null, null);
        }
        if (user.hasRole(Role.SALES_MANAGER)) {
            return new TaskScope(user.unitId(), null);
        }
        if (user.hasRole(Role.CARE_STAFF)) {
            return new TaskScope(null, user.id());
        }
        throw new AccessDeniedException("No care tasks in the scope of " + user.getUsername());
    }

    boolean isAll() {
        return unitId == null && assigneeId == null;
    }

    boolean covers(long taskUnitId, @Nullable Long taskAssigneeId) {
        if (unitId != null) {
            return unitId == taskUnitId;
        }
        return assigneeId == null || assigneeId.equals(taskAssigneeId);
    }

    /** The SQL condition on the task alias that keeps the scope, adding its arguments. */
    String where(String task, List<Object> args) {
        if (unitId != null) {
            args.add(unitId);
            return " AND " + task + ".unit_id = ?";
        }
        if (assigneeId != null) {
            args.add(assigneeId);
            return " AND " + task + ".assignee_id = ?";
        }
        return "";
    }

    void require(long taskUnitId, @Nullable Long taskAssigneeId) {
        if (!covers(taskUnitId, taskAssigneeId)) {
            throw new AccessDeniedException("Care task outside the user's scope");
        }
    }
}
