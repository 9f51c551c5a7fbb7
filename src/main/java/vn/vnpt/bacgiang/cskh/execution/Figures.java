package vn.vnpt.bacgiang.cskh.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The progress counts of a set of care tasks: contacted (at least one contact), reached (completed),
 * success (reached and accepted), the satisfaction average of the reached customers rating it, gifts
 * delivered and SMS sent, the budget they used, and the tasks left not done when the campaign moved
 * into evaluation.
 */
public record Figures(long tasks, long unassigned, long contacted, long reached, long accepted,
                      @Nullable BigDecimal satisfaction, long gifts, long smsContacts, long contacts, long budgetUsed,
                      long notDone) {

    /** Reached customers per task, in percent. */
    public @Nullable BigDecimal reachRate() {
        return percent(reached, tasks);
    }

    /** Accepted per reached customer, in percent. */
    public @Nullable BigDecimal successRate() {
        return percent(accepted, reached);
    }

    public static @Nullable BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
