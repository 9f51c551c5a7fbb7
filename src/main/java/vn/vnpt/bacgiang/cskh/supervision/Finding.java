package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/**
 * Something an inspection found wrong at a unit, copied when the inspection was submitted from a failed
 * item (text, answer, the supervisor's comment and evidence) or from a staff member's callbacks the
 * customers did not confirm (who, how many confirmed and not), which the unit's manager acknowledges or
 * disputes. A callback finding's text is stored in Vietnamese for the audit and notices; views show it
 * from its counts in the reader's language.
 */
@Entity
@Table(name = "finding")
public class Finding extends AuditedEntity {

    private long inspectionId;
    @Enumerated(EnumType.STRING)
    private FindingSource sourceKind = FindingSource.ITEM;
    private @Nullable Long itemId;
    private @Nullable Long staffId;
    private @Nullable String staffName;
    private @Nullable Integer callbacksConfirmed;
    private @Nullable Integer callbacksUnconfirmed;
    private String itemText = "";
    private @Nullable String answerValue;
    private @Nullable String comment;
    private @Nullable String evidenceRef;
    private boolean knockOut;
    private long unitId;
    private String unitName = "";
    private String unitPath = "";
    private long supervisorId;
    @Enumerated(EnumType.STRING)
    private FindingState state = FindingState.RAISED;
    private @Nullable String response;
    private @Nullable String respondedBy;
    private @Nullable String reply;

    protected Finding() {
    }

    static Finding ofItem(Inspection inspection, ChecklistItem item, @Nullable InspectionAnswer answer,
                          @Nullable String evidenceRef, boolean knockOut) {
        Finding finding = new Finding();
        finding.inspectionId = java.util.Objects.requireNonNull(inspection.getId());
        finding.itemId = item.getId();
        finding.itemText = item.getText();
        finding.answerValue = answer == null ? null : answer.getValue();
        finding.comment = answer == null ? null : answer.getComment();
        finding.evidenceRef = evidenceRef;
        finding.knockOut = knockOut;
        finding.unitId = inspection.getUnitId();
        finding.unitName = inspection.getUnitName();
        finding.unitPath = inspection.getUnitPath();
        finding.supervisorId = inspection.getSupervisorId();
        return finding;
    }

    static Finding ofCallbacks(Inspection inspection, StaffShare share) {
        Finding finding = new Finding();
        finding.inspectionId = java.util.Objects.requireNonNull(inspection.getId());
        finding.sourceKind = FindingSource.CALLBACK;
        finding.staffId = share.staffId();
        finding.staffName = share.staffName();
        finding.callbacksConfirmed = share.answered() - share.unconfirmed();
        finding.callbacksUnconfirmed = share.unconfirmed();
        finding.itemText = "Mẫu gọi lại: " + share.unconfirmed() + "/" + share.answered() + " liên hệ của "
                + share.staffName() + " không được khách hàng xác nhận ("
                + VnFormats.decimal(100.0 * share.unconfirmed() / share.answered(), 1) + " %)";
        finding.unitId = inspection.getUnitId();
        finding.unitName = inspection.getUnitName();
        finding.unitPath = inspection.getUnitPath();
        finding.supervisorId = inspection.getSupervisorId();
        return finding;
    }

    void respond(boolean acknowledged, @Nullable String text, String by) {
        require(FindingState.RAISED);
        if (!acknowledged && text == null) {
            throw new RuleViolation("supervision.finding.dispute.reason", "response");
        }
        state = acknowledged ? FindingState.ACKNOWLEDGED : FindingState.DISPUTED;
        response = text;
        respondedBy = by;
    }

    void decide(boolean upheld, @Nullable String text) {
        require(FindingState.DISPUTED);
        if (upheld && text == null) {
            throw new RuleViolation("supervision.finding.reply.required", "reply");
        }
        state = upheld ? FindingState.UPHELD : FindingState.WITHDRAWN;
        reply = text;
    }

    private void require(FindingState expected) {
        if (state != expected) {
            throw new RuleViolation("supervision.finding.state.changed", null);
        }
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public FindingSource getSourceKind() {
        return sourceKind;
    }

    public @Nullable Long getItemId() {
        return itemId;
    }

    public @Nullable Long getStaffId() {
        return staffId;
    }

    public @Nullable String getStaffName() {
        return staffName;
    }

    public @Nullable Integer getCallbacksConfirmed() {
        return callbacksConfirmed;
    }

    public @Nullable Integer getCallbacksUnconfirmed() {
        return callbacksUnconfirmed;
    }

    /** Unconfirmed over answered callbacks of a callback finding; null for an item's. */
    public @Nullable Double getUnconfirmedShare() {
        if (callbacksConfirmed == null || callbacksUnconfirmed == null) {
            return null;
        }
        return callbacksUnconfirmed / (double) (callbacksConfirmed + callbacksUnconfirmed);
    }

    public String getItemText() {
        return itemText;
    }

    public @Nullable String getAnswerValue() {
        return answerValue;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public @Nullable String getEvidenceRef() {
        return evidenceRef;
    }

    public boolean isKnockOut() {
        return knockOut;
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

    public long getSupervisorId() {
        return supervisorId;
    }

    public FindingState getState() {
        return state;
    }

    public @Nullable String getResponse() {
        return response;
    }

    public @Nullable String getRespondedBy() {
        return respondedBy;
    }

    public @Nullable String getReply() {
        return reply;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("inspection", inspectionId);
        audited.put("item", itemText);
        audited.put("answer", answerValue);
        audited.put("knockOut", knockOut);
        audited.put("state", state.name());
        audited.put("response", response);
        audited.put("reply", reply);
        return audited;
    }
}
