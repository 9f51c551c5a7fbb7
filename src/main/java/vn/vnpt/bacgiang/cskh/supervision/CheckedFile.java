package vn.vnpt.bacgiang.cskh.supervision;

import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/**
 * An uploaded evidence file that passed the checks: at most 10 MB, a JPEG, PNG or PDF by its content, and
 * a photo that decodes, with its preview; its name trimmed to what the tables hold.
 */
record CheckedFile(String name, EvidenceType type, byte[] content, byte @Nullable [] preview) {

    static CheckedFile of(String fileName, byte[] content) {
        if (content.length > EvidenceType.MAX_BYTES) {
            throw new RuleViolation("supervision.evidence.tooLarge", "file", fileName);
        }
        EvidenceType type = EvidenceType.of(content)
                .orElseThrow(() -> new RuleViolation("supervision.evidence.type", "file", fileName));
        byte[] preview = null;
        if (type.isImage()) {
            preview = EvidencePreview.of(content);
            if (preview == null) {
                throw new RuleViolation("supervision.evidence.type", "file", fileName);
            }
        }
        String name = fileName.isBlank() ? "evidence" : fileName.strip();
        return new CheckedFile(name.length() > 255 ? name.substring(0, 255) : name, type, content, preview);
    }
}
