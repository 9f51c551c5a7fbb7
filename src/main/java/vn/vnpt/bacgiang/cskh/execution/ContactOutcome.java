package vn.vnpt.bacgiang.cskh.execution;

/** What came of one contact with the customer. */
public enum ContactOutcome {
    REACHED_ACCEPTED, REACHED_DECLINED, NOT_REACHED, WRONG_NUMBER, MOVED_AWAY;

    public boolean reached() {
        return this == REACHED_ACCEPTED || this == REACHED_DECLINED;
    }

    public String labelKey() {
        return "execution.outcome." + name();
    }
}
