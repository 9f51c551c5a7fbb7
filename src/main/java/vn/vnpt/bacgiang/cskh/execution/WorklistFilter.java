package vn.vnpt.bacgiang.cskh.execution;

/**
 * The parts of a care staff member's worklist: every open task; the open tasks due by the end of today;
 * the open tasks whose visit is booked for today; the tasks contacted today, completed ones
 * included, so that their contacts and hand-offs can still be opened; and the customers reached this week
 * (since Monday), the home page's "my results this week"; and the customers reached in the campaigns in
 * execution, what the home page sets against the care staff member's share of the quota. "Today" is the portal's clock's.
 */
public enum WorklistFilter {
    OPEN, DUE_TODAY, APPOINTMENTS_TODAY, DONE_TODAY, REACHED_THIS_WEEK, REACHED;

    public String labelKey() {
        return "execution.worklist.filter." + name();
    }
}
