package vn.vnpt.bacgiang.cskh.execution;

/**
 * The parts of a care staff member's worklist: every open task; the open tasks due by the end of today;
 * the open tasks whose visit is booked for today; and the tasks contacted today, completed ones
 * included, so that their contacts and hand-offs can still be opened. "Today" is the portal's clock's.
 */
public enum WorklistFilter {
    OPEN, DUE_TODAY, APPOINTMENTS_TODAY, DONE_TODAY;

    public String labelKey() {
        return "execution.worklist.filter." + name();
    }
}
