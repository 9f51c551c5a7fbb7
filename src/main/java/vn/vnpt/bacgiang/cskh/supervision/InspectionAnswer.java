package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** The answer to one item of an inspection, saved on each change; its version detects a stale write. */
@Entity
@Table(name = "inspection_answer")
public class InspectionAnswer extends AuditedEntity {

    private long inspectionId;
    private long itemId;
    @Column(name = "answer_value")
    private @Nullable String value;
    private @Nullable String comment;
    private String answeredBy = "";

    protected InspectionAnswer() {
    }

    InspectionAnswer(long inspectionId, long itemId) {
        this.inspectionId = inspectionId;
        this.itemId = itemId;
    }

    void set(@Nullable String value, @Nullable String comment, String answeredBy) {
        this.value = value;
        this.comment = comment;
        this.answeredBy = answeredBy;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public long getItemId() {
        return itemId;
    }

    public @Nullable String getValue() {
        return value;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("item", itemId);
        state.put("value", value);
        state.put("comment", comment);
        return state;
    }
}
