package vn.vnpt.bacgiang.cskh.execution;

import java.util.Arrays;
import java.util.Optional;

/**
 * A file kept as evidence of a contact (the photo or PDF of a gift's signed receipt). Its type is read
 * from its first bytes, never from its name: a renamed file of another kind is refused.
 */
public record Evidence(String fileName, byte[] content) {

    /** The largest evidence file, 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The longest file name kept (the column's width). */
    static final int NAME_MAX = 200;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    /** The content's media type (JPEG, PNG or PDF) as its first bytes say, or empty for anything else. */
    public Optional<String> contentType() {
        if (startsWith(JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(PNG)) {
            return Optional.of("image/png");
        }
        return startsWith(PDF) ? Optional.of("application/pdf") : Optional.empty();
    }

    String shortName() {
        String name = fileName.strip();
        return name.length() <= NAME_MAX ? name : name.substring(name.length() - NAME_MAX);
    }

    private boolean startsWith(byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
