package vn.vnpt.bacgiang.cskh.customer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text without tones and case, so that "Hiệp Hòa", "hiep hoa" and "HIỆP HOÀ" compare equal. */
final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {
    }

    static String fold(String text) {
        String withoutMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(withoutMarks.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim())
                .replaceAll(" ");
    }
}
