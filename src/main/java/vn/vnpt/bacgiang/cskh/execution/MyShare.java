package vn.vnpt.bacgiang.cskh.execution;

/**
 * A care staff member's share of the campaigns in execution: the customers assigned to them, their part of
 * their unit's quota, those reached, and how many of that quota should be reached by the end of today and
 * within this week on an even pace.
 */
public record MyShare(long assigned, long quota, long reached, long expectedByToday, long expectedThisWeek) {
}
