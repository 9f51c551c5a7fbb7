package vn.vnpt.bacgiang.cskh.sla;

/** Where an SLA clock stands: running (on time, warning, overdue), paused, or stopped (met or missed). */
public enum SlaState {
    ON_TIME, WARNING, OVERDUE, PAUSED, MET, MISSED;

    /** Message key of the state's display name. */
    public String labelKey() {
        return "sla.state." + name();
    }
}
