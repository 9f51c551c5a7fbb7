package vn.vnpt.bacgiang.cskh.campaign;

/** What a budget line pays for. */
public enum BudgetCategory {
    GIFT, SMS, CALL_MINUTES, TRAVEL, OTHER;

    public String labelKey() {
        return "campaign.budget.category." + name();
    }
}
