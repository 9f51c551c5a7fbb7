package vn.vnpt.bacgiang.cskh.customer;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Twelve monthly charges in VND, oldest first, stored as {@code "120000,118000,..."}. */
public record MonthlyCharges(long[] amounts) {

    public static final int MONTHS = 12;

    public MonthlyCharges {
        if (amounts.length != MONTHS) {
            throw new IllegalArgumentException("Expected " + MONTHS + " monthly charges, got " + amounts.length);
        }
        amounts = amounts.clone();
    }

    public static MonthlyCharges none() {
        return new MonthlyCharges(new long[MONTHS]);
    }

    public static MonthlyCharges parse(String stored) {
        if (stored.isBlank()) {
            return none();
        }
        return new MonthlyCharges(Arrays.stream(stored.split(",")).mapToLong(value -> Long.parseLong(value.trim()))
                .toArray());
    }

    public String format() {
        return Arrays.stream(amounts).mapToObj(Long::toString).collect(Collectors.joining(","));
    }

    /** Average of the months {@code from} (inclusive) to {@code to} (exclusive), 0 = the oldest. */
    public long average(int from, int to) {
        long sum = 0;
        for (int month = from; month < to; month++) {
            sum += amounts[month];
        }
        return sum / (to - from);
    }

    @Override
    public long[] amounts() {
        return amounts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonthlyCharges charges && Arrays.equals(amounts, charges.amounts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(amounts);
    }

    @Override
    public String toString() {
        return format();
    }
}
