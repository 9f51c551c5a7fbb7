package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/**
 * Step 5: one executing unit's readiness checklist for a campaign (staff assigned, gifts or budget
 * received, member list and script briefed, schedule set), confirmed by the unit's sales manager.
 */
@Entity
@Table(name = "unit_readiness")
public class UnitReadiness extends AuditedEntity {

    /** The longest note of a unit's readiness (its column's width). */
    public static final int NOTE_MAX = 500;

    private long campaignId;
    private long unitId;
    private String unitName = "";
    private String unitPath = "";
    private boolean staffAssigned;
    private boolean budgetReceived;
    private boolean listBriefed;
    private boolean scheduleSet;
    private @Nullable String note;
    private @Nullable Long confirmedBy;
    private @Nullable String confirmedByName;
    private @Nullable Instant confirmedAt;

    protected UnitReadiness() {
    }

    UnitReadiness(long campaignId, long unitId, String unitName, String unitPath) {
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitPath = unitPath;
    }

    /** A copy for editing in the UI, detached from the persistence context. */
    public UnitReadiness copy() {
        UnitReadiness copy = new UnitReadiness(campaignId, unitId, unitName, unitPath);
        copy.staffAssigned = staffAssigned;
        copy.budgetReceived = budgetReceived;
        copy.listBriefed = listBriefed;
        copy.scheduleSet = scheduleSet;
        copy.note = note;
        copy.confirmedBy = confirmedBy;
        copy.confirmedByName = confirmedByName;
        copy.confirmedAt = confirmedAt;
        copyIdentityTo(copy);
        return copy;
    }

    /** Whether every checklist item is ticked. */
    public boolean isComplete() {
        return staffAssigned && budgetReceived && listBriefed && scheduleSet;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    void checklist(UnitReadiness from) {
        staffAssigned = from.staffAssigned;
        budgetReceived = from.budgetReceived;
        listBriefed = from.listBriefed;
        scheduleSet = from.scheduleSet;
        note = from.note == null || from.note.isBlank() ? null : from.note.trim();
    }

    void confirm(long by, String byName, Instant at) {
        confirmedBy = by;
        confirmedByName = byName;
        confirmedAt = at;
    }

    void unconfirm() {
        confirmedBy = null;
        confirmedByName = null;
        confirmedAt = null;
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

    public String getUnitPath() {
        return unitPath;
    }

    public boolean isStaffAssigned() {
        return staffAssigned;
    }

    public void setStaffAssigned(boolean staffAssigned) {
        this.staffAssigned = staffAssigned;
    }

    public boolean isBudgetReceived() {
        return budgetReceived;
    }

    public void setBudgetReceived(boolean budgetReceived) {
        this.budgetReceived = budgetReceived;
    }

    public boolean isListBriefed() {
        return listBriefed;
    }

    public void setListBriefed(boolean listBriefed) {
        this.listBriefed = listBriefed;
    }

    public boolean isScheduleSet() {
        return scheduleSet;
    }

    public void setScheduleSet(boolean scheduleSet) {
        this.scheduleSet = scheduleSet;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }

    public @Nullable String getConfirmedByName() {
        return confirmedByName;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaign", campaignId);
        state.put("unit", unitName);
        state.put("staffAssigned", staffAssigned);
        state.put("budgetReceived", budgetReceived);
        state.put("listBriefed", listBriefed);
        state.put("scheduleSet", scheduleSet);
        state.put("note", String.valueOf(note));
        state.put("confirmedBy", String.valueOf(confirmedByName));
        state.put("confirmedAt", String.valueOf(confirmedAt));
        return state;
    }

    @Override
    public String toString() {
        return unitName;
    }
}
