package vn.vnpt.bacgiang.cskh.report;

/** Where the planner's conclusions of a campaign's evaluation stand. */
public enum EvaluationState {
    DRAFT, SUBMITTED;

    public String labelKey() {
        return "report.evaluation.state." + name();
    }
}
