package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Instant;

/** A file attached to a corrective action, without its bytes (see {@link ActionEvidenceService#files}). */
public record ActionFile(long id, long actionId, String fileName, String mediaType, long sizeBytes,
                         Instant uploadedAt, String uploadedBy) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
