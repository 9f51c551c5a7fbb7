package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/**
 * One executing unit's share of a campaign's plan (step 3): how many of the segment's members the
 * unit manages, how many of them it is to contact (its quota) and its KPI targets.
 */
@Entity
@Table(name = "campaign_share")
public class CampaignShare extends AuditedEntity {

    private long campaignId;
    private long unitId;
    private String unitName = "";
    private long members;

    @NotNull
    @PositiveOrZero
    private @Nullable Long quota = 0L;

    @NotNull
    @Min(0)
    @Max(100)
    private @Nullable Integer reachRate = 90;

    @NotNull
    @Min(0)
    @Max(100)
    private @Nullable Integer successRate = 70;

    @NotNull
    @DecimalMin("1")
    @DecimalMax("5")
    private @Nullable BigDecimal satisfaction = new BigDecimal("4.0");

    protected CampaignShare() {
    }

    CampaignShare(long campaignId, long unitId, String unitName, long members) {
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.members = members;
        this.quota = members;
    }

    /** A copy for editing in the UI, detached from the persistence context. */
    public CampaignShare copy() {
        CampaignShare copy = new CampaignShare(campaignId, unitId, unitName, members);
        copy.quota = quota;
        copy.reachRate = reachRate;
        copy.successRate = successRate;
        copy.satisfaction = satisfaction;
        copyIdentityTo(copy);
        return copy;
    }

    void resplit(long newMembers) {
        long oldQuota = quota == null ? 0 : quota;
        if (oldQuota == members || oldQuota > newMembers) {
            quota = newMembers;
        }
        members = newMembers;
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

    public long getMembers() {
        return members;
    }

    public @Nullable Long getQuota() {
        return quota;
    }

    public void setQuota(@Nullable Long quota) {
        this.quota = quota;
    }

    public @Nullable Integer getReachRate() {
        return reachRate;
    }

    public void setReachRate(@Nullable Integer reachRate) {
        this.reachRate = reachRate;
    }

    public @Nullable Integer getSuccessRate() {
        return successRate;
    }

    public void setSuccessRate(@Nullable Integer successRate) {
        this.successRate = successRate;
    }

    public @Nullable BigDecimal getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(@Nullable BigDecimal satisfaction) {
        this.satisfaction = satisfaction;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaign", campaignId);
        state.put("unit", unitName);
        state.put("members", members);
        state.put("quota", String.valueOf(quota));
        state.put("reachRate", String.valueOf(reachRate));
        state.put("successRate", String.valueOf(successRate));
        state.put("satisfaction", String.valueOf(satisfaction));
        return state;
    }

    @Override
    public String toString() {
        return unitName;
    }
}
