package vn.vnpt.bacgiang.cskh.execution;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One executing unit's progress against its share: quota, KPI targets and planned budget. */
public record UnitProgress(long unitId, String unitName, Figures figures, long quota, @Nullable Integer reachTarget,
                           @Nullable Integer successTarget, @Nullable BigDecimal satisfactionTarget,
                           long budgetPlanned) {
}
