package vn.vnpt.bacgiang.cskh.customer;

import java.util.EnumSet;
import java.util.Set;

/** The rules behind a churn-risk level; each has a bit in {@code customer.churn_reasons}. */
public enum ChurnReason {
    /** The last three months' spend is more than 15 % below the three months before. */
    FALLING_SPEND,
    /** Three or more complaints in twelve months, or an unresolved one in the last 90 days. */
    COMPLAINTS,
    /** A subscription is suspended. */
    SUSPENDED,
    /** Charges are overdue. */
    OVERDUE,
    /** A contract ends within 60 days. */
    CONTRACT_ENDING;

    public int bit() {
        return 1 << ordinal();
    }

    public String labelKey() {
        return "customer.churn.reason." + name();
    }

    public static int mask(Set<ChurnReason> reasons) {
        return reasons.stream().mapToInt(ChurnReason::bit).reduce(0, (a, b) -> a | b);
    }

    public static Set<ChurnReason> fromMask(int mask) {
        EnumSet<ChurnReason> reasons = EnumSet.noneOf(ChurnReason.class);
        for (ChurnReason reason : values()) {
            if ((mask & reason.bit()) != 0) {
                reasons.add(reason);
            }
        }
        return reasons;
    }
}
