package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/** A photo or file attached to an item of an inspection, stamped with the server's time of upload. */
@Entity
@Table(name = "inspection_evidence")
public class Evidence extends AuditedEntity {

    private long inspectionId;
    private long itemId;
    private String fileName = "";
    private String mediaType = "";
    private long sizeBytes;
    private byte[] content = new byte[0];
    private byte @Nullable [] preview;
    private String uploadedBy = "";
    private @Nullable Long uploadedById;

    protected Evidence() {
    }

    Evidence(long inspectionId, long itemId, String fileName, EvidenceType type, byte[] content,
             byte @Nullable [] preview, String uploadedBy, long uploadedById, Instant uploadedAt) {
        super(uploadedAt);
        this.inspectionId = inspectionId;
        this.itemId = itemId;
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.sizeBytes = content.length;
        this.content = content;
        this.preview = preview;
        this.uploadedBy = uploadedBy;
        this.uploadedById = uploadedById;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public long getItemId() {
        return itemId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public byte @Nullable [] getPreview() {
        return preview;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    /** Whether this user uploaded the file (unknown for files older than the uploader's id). */
    public boolean isUploadedBy(long userId) {
        return uploadedById != null && uploadedById == userId;
    }

    /** The server's time of the upload. */
    public Instant getUploadedAt() {
        return getCreatedAt();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("item", itemId);
        state.put("file", fileName);
        state.put("type", mediaType);
        state.put("bytes", sizeBytes);
        return state;
    }
}
