package vn.vnpt.bacgiang.cskh.campaign;

/** The set criteria the Director scores a plan on, each from 1 to 5. */
public enum AppraisalCriterion {
    OBJECTIVE_FIT("score_objective"),
    QUOTA_FEASIBILITY("score_feasibility"),
    BUDGET_EFFICIENCY("score_budget"),
    SCRIPT_QUALITY("score_script");

    public static final int MIN = 1;
    public static final int MAX = 5;

    private final String column;

    AppraisalCriterion(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    public String labelKey() {
        return "campaign.appraisal.criterion." + name();
    }
}
