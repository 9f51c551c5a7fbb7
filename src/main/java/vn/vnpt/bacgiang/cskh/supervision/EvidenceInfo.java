package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An evidence file without its bytes, for lists. */
public record EvidenceInfo(long id, long itemId, String fileName, String mediaType, long sizeBytes,
                           Instant uploadedAt, String uploadedBy, @Nullable Long uploadedById) {

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
