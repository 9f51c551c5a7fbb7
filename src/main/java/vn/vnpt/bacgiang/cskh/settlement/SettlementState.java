package vn.vnpt.bacgiang.cskh.settlement;

/** Where a unit's settlement stands: still being entered (or returned by the planner), or submitted. */
public enum SettlementState {
    OPEN, SUBMITTED;

    public String labelKey() {
        return "settlement.state." + name();
    }
}
