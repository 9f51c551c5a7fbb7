package vn.vnpt.bacgiang.cskh.supervision;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files accepted as evidence, recognised by their first bytes (the file name and the type the
 * browser claims prove nothing: a renamed executable stays an executable).
 */
public enum EvidenceType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String mediaType;
    private final byte[] signature;

    EvidenceType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return this != PDF;
    }

    public static Optional<EvidenceType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
