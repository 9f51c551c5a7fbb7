package vn.vnpt.bacgiang.cskh.supervision;

/** A corrective action: open, done by the unit, verified by the supervisor, or reopened back to the unit. */
public enum ActionState {
    OPEN, DONE, VERIFIED, REOPENED;

    /** Whether the unit still has to act, so the due date matters. */
    public boolean pending() {
        return this == OPEN || this == REOPENED;
    }

    public String labelKey() {
        return "supervision.action.state." + name();
    }
}
