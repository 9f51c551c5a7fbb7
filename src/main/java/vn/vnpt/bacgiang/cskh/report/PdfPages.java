package vn.vnpt.bacgiang.cskh.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page count of a PDF the portal made: OpenPDF writes every page object uncompressed. */
public final class PdfPages {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    private PdfPages() {
    }

    public static int count(byte[] pdf) {
        Matcher page = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (page.find()) {
            count++;
        }
        return count;
    }
}
