package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** A care campaign (chương trình CSKH): what it is for, who owns it, and where it is in its life cycle. */
@Entity
@Table(name = "campaign")
public class Campaign extends AuditedEntity {

    @NotBlank
    @Size(max = 160)
    private String name = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    private @Nullable ProgrammeType programmeType;

    @Size(max = 1000)
    private @Nullable String objective;

    private @Nullable LocalDate periodStart;
    private @Nullable LocalDate periodEnd;

    private long ownerId;
    private String ownerName = "";

    private @Nullable Long segmentId;
    private @Nullable String segmentName;

    @Enumerated(EnumType.STRING)
    private CampaignState state = CampaignState.SEGMENTING;

    private @Nullable LocalDate stepDeadline;
    private @Nullable String returnedReason;

    void ownedBy(long userId, String userName) {
        this.ownerId = userId;
        this.ownerName = userName;
    }

    void segment(@Nullable Long id, @Nullable String name) {
        this.segmentId = id;
        this.segmentName = name;
    }

    void moveTo(CampaignState next, @Nullable LocalDate deadline, @Nullable String reason) {
        this.state = next;
        this.stepDeadline = deadline;
        this.returnedReason = reason;
    }

    /** Whether the current step's deadline has passed on the given day. */
    public boolean isLate(LocalDate today) {
        return state.isOpen() && stepDeadline != null && stepDeadline.isBefore(today);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable ProgrammeType getProgrammeType() {
        return programmeType;
    }

    public void setProgrammeType(@Nullable ProgrammeType programmeType) {
        this.programmeType = programmeType;
    }

    public @Nullable String getObjective() {
        return objective;
    }

    public void setObjective(@Nullable String objective) {
        this.objective = objective;
    }

    public @Nullable LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(@Nullable LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public @Nullable LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(@Nullable LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public @Nullable Long getSegmentId() {
        return segmentId;
    }

    /** Chooses the segment by id; the service checks it and fills in its name. */
    public void setSegmentId(@Nullable Long segmentId) {
        this.segmentId = segmentId;
    }

    public @Nullable String getSegmentName() {
        return segmentName;
    }

    public CampaignState getState() {
        return state;
    }

    public @Nullable LocalDate getStepDeadline() {
        return stepDeadline;
    }

    public @Nullable String getReturnedReason() {
        return returnedReason;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("programmeType", programmeType == null ? "" : programmeType.name());
        state.put("objective", objective == null ? "" : objective);
        state.put("periodStart", periodStart == null ? "" : periodStart.toString());
        state.put("periodEnd", periodEnd == null ? "" : periodEnd.toString());
        state.put("owner", ownerName);
        state.put("segment", segmentName == null ? "" : segmentName);
        state.put("state", this.state.name());
        state.put("stepDeadline", stepDeadline == null ? "" : stepDeadline.toString());
        state.put("returnedReason", returnedReason == null ? "" : returnedReason);
        return state;
    }

    @Override
    public String toString() {
        return name;
    }
}
