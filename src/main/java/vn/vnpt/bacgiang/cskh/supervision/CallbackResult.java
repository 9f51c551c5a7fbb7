package vn.vnpt.bacgiang.cskh.supervision;

/** What the customer said when the supervisor called back about a logged contact. */
public enum CallbackResult {
    CONFIRMED, NOT_CONFIRMED, NOT_REACHABLE;

    public String labelKey() {
        return "supervision.callback." + name();
    }
}
