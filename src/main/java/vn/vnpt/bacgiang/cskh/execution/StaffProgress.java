package vn.vnpt.bacgiang.cskh.execution;

import org.jspecify.annotations.Nullable;

/** One care staff member's progress in a unit's share (the unassigned tasks have no staff id). */
public record StaffProgress(@Nullable Long staffId, String staffName, long open, Figures figures) {
}
