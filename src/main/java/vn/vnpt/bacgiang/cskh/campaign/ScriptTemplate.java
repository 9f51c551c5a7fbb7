package vn.vnpt.bacgiang.cskh.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The placeholders a care script may hold, the unknown ones in a body, and a body filled for one
 * customer. A placeholder is a name in braces, such as {@code {ten_khach_hang}}.
 */
public final class ScriptTemplate {

    public static final String CUSTOMER_NAME = "ten_khach_hang";
    public static final String SERVICE = "dich_vu";
    public static final String BIRTHDAY = "ngay_sinh";
    public static final String TENURE = "so_nam_gan_bo";
    public static final String CUSTOMER_CODE = "ma_khach_hang";
    public static final String STAFF = "nhan_vien";
    /** Every placeholder, in the order the editor offers them. */
    public static final List<String> PLACEHOLDERS = List.of(CUSTOMER_NAME, SERVICE, BIRTHDAY, TENURE, CUSTOMER_CODE,
            STAFF);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /** What a script is filled with: one customer, and the member of staff who speaks to them. */
    public record Sample(String customerName, String customerCode, @Nullable String serviceLabel,
                         @Nullable LocalDate birthDate, int tenureYears, String staffName) {
    }

    private ScriptTemplate() {
    }

    /** The placeholders in the body that are not known, each once, in order of appearance. */
    public static Set<String> unknownPlaceholders(String body) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add("{" + matcher.group(1) + "}");
            }
        }
        return unknown;
    }

    /** The body with every known placeholder replaced by the sample's value; a missing value leaves "…". */
    public static String fill(String body, Sample sample) {
        Matcher matcher = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = value(matcher.group(1), sample);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static @Nullable String value(String placeholder, Sample sample) {
        return switch (placeholder) {
            case CUSTOMER_NAME -> sample.customerName();
            case CUSTOMER_CODE -> sample.customerCode();
            case SERVICE -> sample.serviceLabel() == null ? "…" : sample.serviceLabel();
            case BIRTHDAY -> sample.birthDate() == null ? "…" : DAY_MONTH.format(sample.birthDate());
            case TENURE -> String.valueOf(sample.tenureYears());
            case STAFF -> sample.staffName();
            default -> null;
        };
    }
}
