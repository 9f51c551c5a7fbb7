package vn.vnpt.bacgiang.cskh.execution;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One executing unit's progress against its share: quota, KPI targets and planned budget; or the
 * campaign's total over the units the user sees (no unit id, no targets).
 */
public record UnitProgress(long unitId, String unitName, Figures figures, long quota, @Nullable Integer reachTarget,
                           @Nullable Integer successTarget, @Nullable BigDecimal satisfactionTarget,
                           long budgetPlanned) {

    /** Reached customers against the quota (the number of customers the share must reach), in percent. */
    public @Nullable BigDecimal quotaRate() {
        return Figures.percent(figures.reached(), quota);
    }
}
