package vn.vnpt.bacgiang.cskh.campaign;

/** The kinds of care programme TTKD runs. */
public enum ProgrammeType {
    BIRTHDAY, GRATITUDE, VIP_VISIT, ENTERPRISE_VISIT, CHURN_RETENTION, WELCOME_CALL, TET_GIFT, OVERDUE_REMINDER;

    public String labelKey() {
        return "campaign.type." + name();
    }
}
