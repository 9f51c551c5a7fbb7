package vn.vnpt.bacgiang.cskh.execution;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * The care tasks a user may read: all of them for a user who sees the whole organisation, those of
 * their own unit for one who assigns tasks (a sales manager), those assigned to them for one who works
 * tasks (care staff); anyone else none.
 */
record TaskScope(@Nullable Long unitId, @Nullable Long assigneeId) {

    static TaskScope of(PortalUser user) {
        if (user.seesAll()) {
            return new TaskScope(null, null);
        }
        if (user.can(Permission.TASK_ASSIGN)) {
            return new TaskScope(user.unitId(), null);
        }
        if (user.can(Permission.TASK_WORK)) {
            return new TaskScope(null, user.id());
        }
        throw new AccessDeniedException("No care tasks in the scope of " + user.getUsername());
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
