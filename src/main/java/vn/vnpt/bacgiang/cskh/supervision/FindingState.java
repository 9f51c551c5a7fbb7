package vn.vnpt.bacgiang.cskh.supervision;

/**
 * Where a finding stands with the inspected unit: raised (waiting for its manager), acknowledged,
 * disputed (waiting for the supervisor), upheld after a dispute, or withdrawn by the supervisor.
 */
public enum FindingState {
    RAISED, ACKNOWLEDGED, DISPUTED, UPHELD, WITHDRAWN;

    /** Whether the finding stands, so it gets a corrective action. */
    public boolean stands() {
        return this == ACKNOWLEDGED || this == UPHELD;
    }

    public String labelKey() {
        return "supervision.finding.state." + name();
    }
}
