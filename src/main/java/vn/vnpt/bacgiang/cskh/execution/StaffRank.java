package vn.vnpt.bacgiang.cskh.execution;

/** A care staff member's place in a unit's share: their tasks, the customers reached, the tasks still open. */
public record StaffRank(long staffId, String staffName, long tasks, long reached, long open) {
}
