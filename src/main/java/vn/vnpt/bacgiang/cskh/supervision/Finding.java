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

/**
 * Something an inspection found wrong at a unit, copied from the failed item when the inspection was
 * submitted (text, answer, the supervisor's comment and evidence), which the unit's manager
 * acknowledges or disputes.
 */
@Entity
@Table(name = "finding")
public class Finding extends AuditedEntity {

    private long inspectionId;
    @Enumerated(EnumType.STRING)
    private FindingSource sourceKind = FindingSource.ITEM;
    private @Nullable Long itemId;
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
