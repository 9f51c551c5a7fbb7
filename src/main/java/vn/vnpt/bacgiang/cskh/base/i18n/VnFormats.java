package vn.vnpt.bacgiang.cskh.base.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Vietnamese formats used in both languages: dates dd/MM/yyyy, money {@code 1.234.567 ₫}, decimals {@code 4,0}. */
public final class VnFormats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DecimalFormatSymbols SYMBOLS = symbols();

    private VnFormats() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String money(long vnd) {
        return number(vnd) + " ₫";
    }

    public static String money(BigDecimal vnd) {
        return number(vnd) + " ₫";
    }

    /** Grouped by dots, up to two decimals after a comma: {@code 1.234,5}. */
    public static String number(Number value) {
        return new DecimalFormat("#,##0.##", SYMBOLS).format(value);
    }

    /** With exactly the given decimals after a comma, in both languages: {@code 4,0}, {@code 4,5}. */
    public static String decimal(Number value, int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return symbols;
    }
}
