package vn.vnpt.bacgiang.cskh.segment;

import java.util.EnumSet;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.VipTier;

/** The usual care programmes' segments, a starting point the planner can refine. */
public enum SegmentPreset {
    BIRTHDAYS_THIS_MONTH, LONG_TENURE, VIP, ENTERPRISE_AND_GOVERNMENT, CHURN_RISK, OVERDUE_REMINDER, WELCOME;

    /** Tri ân: customers for at least this many years. */
    public static final int LONG_TENURE_YEARS = 10;
    public static final int WELCOME_DAYS = 30;

    public String labelKey() {
        return "segment.preset." + name();
    }

    /** The preset's criteria; birthdays this month mean the month the segment is counted in. */
    public SegmentCriteria criteria() {
        return SegmentCriteria.allOf(switch (this) {
            case BIRTHDAYS_THIS_MONTH -> Criterion.Birthday.thisMonth();
            case LONG_TENURE -> new Criterion.Tenure(LONG_TENURE_YEARS, null);
            case VIP -> new Criterion.VipTiers(EnumSet.of(VipTier.SILVER, VipTier.GOLD, VipTier.DIAMOND));
            case ENTERPRISE_AND_GOVERNMENT -> new Criterion.CustomerKinds(
                    EnumSet.of(CustomerKind.ENTERPRISE, CustomerKind.GOVERNMENT));
            case CHURN_RISK -> new Criterion.ChurnRisks(EnumSet.of(ChurnRisk.HIGH));
            case OVERDUE_REMINDER -> new Criterion.Overdue(1L, null);
            case WELCOME -> new Criterion.RecentInstall(WELCOME_DAYS);
        });
    }
}
