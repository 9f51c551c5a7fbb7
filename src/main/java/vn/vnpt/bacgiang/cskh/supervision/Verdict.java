package vn.vnpt.bacgiang.cskh.supervision;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/**
 * What one answer is worth: the share of the item's weight it earns (YES 1, NO 0, a 0–5 score n/5),
 * none when not applicable, unanswered or unscored; and whether it fails the item (NO, or a score of 2 or less).
 */
public record Verdict(@Nullable Double share, boolean fails) {

    static final int PASSING_SCORE = 3;
    private static final Verdict NONE = new Verdict(null, false);

    public static Verdict of(ChecklistItem item, @Nullable String value) {
        if (value == null || value.isBlank() || !item.getType().scored()) {
            return NONE;
        }
        return switch (item.getType()) {
            case YES_NO_NA -> switch (value) {
                case "YES" -> new Verdict(1.0, false);
                case "NO" -> new Verdict(0.0, true);
                default -> NONE;
            };
            case SCORE_0_5 -> {
                int points = Integer.parseInt(value);
                yield new Verdict(points / 5.0, points < PASSING_SCORE);
            }
            default -> NONE;
        };
    }

    /** Refuses a value the item's type cannot take, before it is stored. */
    static @Nullable String normalise(ChecklistItem item, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        boolean valid = switch (item.getType()) {
            case YES_NO_NA -> trimmed.equals("YES") || trimmed.equals("NO") || trimmed.equals("NA");
            case SCORE_0_5 -> trimmed.matches("[0-5]");
            case NUMBER -> isNumber(trimmed);
            case TEXT -> trimmed.length() <= 2000;
            case EVIDENCE -> false;
        };
        if (!valid) {
            throw new RuleViolation("supervision.answer.invalid", "value", item.getText());
        }
        return item.getType() == ItemType.NUMBER ? new BigDecimal(trimmed).stripTrailingZeros().toPlainString()
                : trimmed;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return text.length() <= 20;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
