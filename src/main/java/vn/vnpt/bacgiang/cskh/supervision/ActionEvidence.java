package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** A photo or file a unit attached to a corrective action, stamped with the server's time of upload. */
@Entity
@Table(name = "action_evidence")
class ActionEvidence extends AuditedEntity {

    private long actionId;
    private String fileName = "";
    private String mediaType = "";
    private long sizeBytes;
    private byte[] content = new byte[0];
    private byte @Nullable [] preview;
    private String uploadedBy = "";
    private long uploadedById;

    protected ActionEvidence() {
    }

    ActionEvidence(long actionId, CheckedFile file, String uploadedBy, long uploadedById, Instant uploadedAt) {
        super(uploadedAt);
        this.actionId = actionId;
        this.fileName = file.name();
        this.mediaType = file.type().mediaType();
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.preview = file.preview();
        this.uploadedBy = uploadedBy;
        this.uploadedById = uploadedById;
    }

    long getActionId() {
        return actionId;
    }

    String getFileName() {
        return fileName;
    }

    byte[] getContent() {
        return content;
    }

    byte @Nullable [] getPreview() {
        return preview;
    }

    ActionFile info() {
        return new ActionFile(Objects.requireNonNull(getId()), actionId, fileName, mediaType, sizeBytes, getCreatedAt(),
                uploadedBy);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("action", actionId);
        state.put("file", fileName);
        state.put("type", mediaType);
        state.put("bytes", sizeBytes);
        return state;
    }
}
