package vn.vnpt.bacgiang.cskh.base;

/**
 * Text bound for a spreadsheet that Excel or LibreOffice must not read as a formula (OWASP's
 * CSV-injection rule): a cell starting with {@code = + - @}, a tab or a carriage return. The value
 * itself is kept (a phone number {@code +84…} stays one); see decision 0014.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet could take the text for a formula. */
    public static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text for a CSV cell: with a leading single quote where it would start a formula. */
    public static String forCsv(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }
}
