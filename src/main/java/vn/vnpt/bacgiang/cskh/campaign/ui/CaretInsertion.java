package vn.vnpt.bacgiang.cskh.campaign.ui;

/**
 * A placeholder put into a script where the caret is (replacing a selection), set apart by a space
 * from a word before and a word after it, so "suốt| năm" becomes "suốt {so_nam_gan_bo} năm" and
 * "Em chào|, " becomes "Em chào {ten_khach_hang}, "; without a known caret, at the end.
 */
record CaretInsertion(String text, int caret) {

    static CaretInsertion of(String text, int start, int end, String token) {
        int from = start < 0 || start > text.length() ? text.length() : start;
        int to = end < from || end > text.length() ? from : end;
        String before = text.substring(0, from);
        String after = text.substring(to);
        String spaceBefore = before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1)) ? "" : " ";
        String spaceAfter = !after.isEmpty() && (Character.isLetterOrDigit(after.charAt(0)) || after.charAt(0) == '{')
                ? " " : "";
        String inserted = spaceBefore + token + spaceAfter;
        return new CaretInsertion(before + inserted + after, from + inserted.length());
    }
}
