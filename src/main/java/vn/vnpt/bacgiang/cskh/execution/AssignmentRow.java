package vn.vnpt.bacgiang.cskh.execution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A task of the manager's unit as the assignment view lists it. */
public record AssignmentRow(long taskId, String customerCode, String customerName, @Nullable String commune,
                            String managingUnit, @Nullable String assigneeName, TaskState state,
                            Instant dueAt) {
}
