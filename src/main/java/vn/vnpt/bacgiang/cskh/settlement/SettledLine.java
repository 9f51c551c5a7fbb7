package vn.vnpt.bacgiang.cskh.settlement;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** What one budget line actually cost, in VND, with the voucher (số chứng từ) it is booked under. */
@Entity
@Table(name = "settlement_line")
public class SettledLine extends AuditedEntity {

    private long campaignId;
    private long budgetLineId;
    private @Nullable Long unitId;
    private long amount;
    private @Nullable String voucher;
    private @Nullable String note;
    private String settledBy = "";

    protected SettledLine() {
    }

    SettledLine(long campaignId, long budgetLineId, @Nullable Long unitId) {
        this.campaignId = campaignId;
        this.budgetLineId = budgetLineId;
        this.unitId = unitId;
    }

    void enter(SettlementEntry entry, String by) {
        amount = entry.amountOrZero();
        voucher = entry.voucherOrNull();
        note = entry.noteOrNull();
        settledBy = by;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getBudgetLineId() {
        return budgetLineId;
    }

    /** The unit that owns the budget line; empty for a centre line, which the planner settles. */
    public @Nullable Long getUnitId() {
        return unitId;
    }

    public long getAmount() {
        return amount;
    }

    public @Nullable String getVoucher() {
        return voucher;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getSettledBy() {
        return settledBy;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaign", campaignId);
        state.put("budgetLine", budgetLineId);
        state.put("amount", amount);
        state.put("voucher", voucher == null ? "" : voucher);
        state.put("note", note == null ? "" : note);
        return state;
    }

    @Override
    public String toString() {
        return String.valueOf(budgetLineId);
    }
}
