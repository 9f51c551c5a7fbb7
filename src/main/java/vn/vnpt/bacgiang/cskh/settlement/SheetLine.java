package vn.vnpt.bacgiang.cskh.settlement;

import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.BudgetCategory;

/**
 * One budget line as settlement shows it, in VND: planned, estimated from what step 6 recorded, and
 * settled (empty until entered). In a unit's sheet a centre line ({@code allocated}) carries the unit's
 * quota share of the line's planned and settled amounts and the unit's own recorded spend on it; the
 * voucher, note and version are those of the line's own settlement entry (none for an allocated line).
 */
public record SheetLine(long budgetLineId, BudgetCategory category, String description, boolean allocated,
                        long planned, long estimated, @Nullable Long settled, @Nullable String voucher,
                        @Nullable String note, @Nullable Long version) {

    public boolean isSettled() {
        return settled != null;
    }
}
