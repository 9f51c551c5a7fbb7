package vn.vnpt.bacgiang.cskh.settlement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** One executing unit's settlement of a campaign: open while its manager enters it, then submitted. */
@Entity
@Table(name = "settlement_unit")
public class UnitSettlement extends AuditedEntity {

    private long campaignId;
    private long unitId;
    private String unitName = "";

    @Enumerated(EnumType.STRING)
    private SettlementState state = SettlementState.OPEN;

    private @Nullable Instant submittedAt;
    private @Nullable String submittedBy;
    private @Nullable String returnedReason;

    protected UnitSettlement() {
    }

    UnitSettlement(long campaignId, long unitId, String unitName) {
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.unitName = unitName;
    }

    void submit(Instant at, String by) {
        state = SettlementState.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
        returnedReason = null;
    }

    void returnWith(String reason) {
        state = SettlementState.OPEN;
        returnedReason = reason;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public SettlementState getState() {
        return state;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable String getSubmittedBy() {
        return submittedBy;
    }

    /** Why the planner returned the settlement, while it is open again. */
    public @Nullable String getReturnedReason() {
        return returnedReason;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaign", campaignId);
        state.put("unit", unitName);
        state.put("state", this.state.name());
        state.put("submittedBy", submittedBy == null ? "" : submittedBy);
        state.put("returnedReason", returnedReason == null ? "" : returnedReason);
        return state;
    }

    @Override
    public String toString() {
        return unitName;
    }
}
