package vn.vnpt.bacgiang.cskh.segment;

import java.util.Set;

/** The kinds of criterion a planner can add to a group, each with a blank criterion to start from. */
public enum CriterionType {
    DISTRICTS, MANAGING_UNITS, CUSTOMER_KINDS, SERVICES, PACKAGES, SUBSCRIPTION_STATES, TENURE, ARPU_BAND,
    ARPU_TREND, BIRTHDAY, OVERDUE, COMPLAINT_COUNT, RECENT_COMPLAINT, VIP_TIERS, CHURN_RISK, RECENT_INSTALL;

    public String labelKey() {
        return "segment.criterion." + name();
    }

    /** Message key of a rule this type's criterion broke, e.g. {@code segment.invalid.ARPU_BAND.range}. */
    String violationKey(String rule) {
        return "segment.invalid." + name() + "." + rule;
    }

    public Criterion blank() {
        return switch (this) {
            case DISTRICTS -> new Criterion.Districts(Set.of());
            case MANAGING_UNITS -> new Criterion.ManagingUnits(Set.of());
            case CUSTOMER_KINDS -> new Criterion.CustomerKinds(Set.of());
            case SERVICES -> new Criterion.Services(Set.of());
            case PACKAGES -> new Criterion.Packages(Set.of());
            case SUBSCRIPTION_STATES -> new Criterion.SubscriptionStates(Set.of());
            case TENURE -> new Criterion.Tenure(null, null);
            case ARPU_BAND -> new Criterion.ArpuBand(null, null);
            case ARPU_TREND -> new Criterion.ArpuTrends(Set.of());
            case BIRTHDAY -> new Criterion.Birthday(null, null);
            case OVERDUE -> new Criterion.Overdue(null, null);
            case COMPLAINT_COUNT -> new Criterion.ComplaintCount(null, null);
            case RECENT_COMPLAINT -> new Criterion.RecentComplaint(null);
            case VIP_TIERS -> new Criterion.VipTiers(Set.of());
            case CHURN_RISK -> new Criterion.ChurnRisks(Set.of());
            case RECENT_INSTALL -> new Criterion.RecentInstall(null);
        };
    }
}
