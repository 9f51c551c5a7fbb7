package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/**
 * What the inspected unit does about a standing finding: an owner of the unit, a due date and a
 * description; OPEN → DONE (what was done) → VERIFIED by the supervisor, or REOPENED (why) and done again.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends AuditedEntity {

    private long findingId;
    private long unitId;
    private String unitName = "";
    private String unitPath = "";
    private long ownerId;
    private String ownerName = "";
    private LocalDate dueOn = LocalDate.EPOCH;
    private String description = "";
    @Enumerated(EnumType.STRING)
    private ActionState state = ActionState.OPEN;
    private @Nullable String doneNote;
    private @Nullable String doneEvidence;
    private @Nullable String checkNote;
    private @Nullable LocalDate lastNoticeOn;

    protected CorrectiveAction() {
    }

    CorrectiveAction(Finding finding, long ownerId, String ownerName, LocalDate dueOn, String description) {
        this.findingId = Objects.requireNonNull(finding.getId());
        this.unitId = finding.getUnitId();
        this.unitName = finding.getUnitName();
        this.unitPath = finding.getUnitPath();
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
        this.description = description;
    }

    void done(String note, @Nullable String evidence) {
        if (!state.pending()) {
            throw new RuleViolation("supervision.action.state.changed", null);
        }
        state = ActionState.DONE;
        doneNote = note;
        doneEvidence = evidence;
    }

    void checked(boolean verified, @Nullable String note) {
        if (state != ActionState.DONE) {
            throw new RuleViolation("supervision.action.state.changed", null);
        }
        if (!verified && note == null) {
            throw new RuleViolation("supervision.action.reopen.reason", "note");
        }
        state = verified ? ActionState.VERIFIED : ActionState.REOPENED;
        checkNote = note;
    }

    /** Whether the unit should have acted by {@code today} and has not. */
    public boolean overdueOn(LocalDate today) {
        return state.pending() && dueOn.isBefore(today);
    }

    void noticed(LocalDate on) {
        lastNoticeOn = on;
    }

    public long getFindingId() {
        return findingId;
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

    public long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getDescription() {
        return description;
    }

    public ActionState getState() {
        return state;
    }

    public @Nullable String getDoneNote() {
        return doneNote;
    }

    public @Nullable String getDoneEvidence() {
        return doneEvidence;
    }

    public @Nullable String getCheckNote() {
        return checkNote;
    }

    public @Nullable LocalDate getLastNoticeOn() {
        return lastNoticeOn;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("finding", findingId);
        audited.put("owner", ownerName);
        audited.put("dueOn", dueOn.toString());
        audited.put("description", description);
        audited.put("state", state.name());
        audited.put("doneNote", doneNote);
        audited.put("doneEvidence", doneEvidence);
        audited.put("checkNote", checkNote);
        return audited;
    }
}
