package vn.vnpt.bacgiang.cskh.customer.generator;

import java.util.Locale;
import java.util.random.RandomGenerator;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * Phone numbers and accounts derived from the subscription's id. Multiplying by a number coprime to
 * the size of the number space is a one-to-one shuffle, so distinct ids give distinct numbers that
 * still look random, without remembering the numbers already handed out.
 */
final class SubscriptionNumbers {

    private static final String[] VINAPHONE_PREFIXES = {"091", "094", "088", "081", "082", "083", "084", "085"};
    private static final long SEVEN_DIGITS = 10_000_000;
    private static final long MOBILE_SPACE = VINAPHONE_PREFIXES.length * SEVEN_DIGITS;
    /** Bắc Giang's fixed lines are 0204 followed by seven digits, the first of them 3 to 9. */
    private static final long FIXED_LINE_FIRST = 3_000_000;
    private static final long FIXED_LINE_SPACE = SEVEN_DIGITS - FIXED_LINE_FIRST;
    /** Odd, not a multiple of 5 or 7: coprime to every space above. */
    private static final long SHUFFLE = 61_803_397;

    private SubscriptionNumbers() {
    }

    static String number(Service service, long subscriptionId, District district) {
        return switch (service) {
            case VINAPHONE_PREPAID, VINAPHONE_POSTPAID -> mobile(shuffle(subscriptionId, MOBILE_SPACE));
            case FIBERVNN -> "ftth" + district.name().toLowerCase(Locale.ROOT) + sevenDigits(shuffle(subscriptionId, SEVEN_DIGITS));
            case MYTV -> "mytv" + district.name().toLowerCase(Locale.ROOT) + sevenDigits(shuffle(subscriptionId, SEVEN_DIGITS));
            case FIXED_LINE -> "0204" + (FIXED_LINE_FIRST + shuffle(subscriptionId, FIXED_LINE_SPACE));
        };
    }

    /** A VinaPhone number for a contact phone; it need not be unique. */
    static String randomMobile(RandomGenerator random) {
        return mobile(random.nextLong(MOBILE_SPACE));
    }

    private static String mobile(long position) {
        return VINAPHONE_PREFIXES[(int) (position / SEVEN_DIGITS)] + sevenDigits(position % SEVEN_DIGITS);
    }

    private static long shuffle(long id, long space) {
        if (id >= space) {
            throw new IllegalStateException("Subscription id " + id + " is beyond the " + space + " numbers available");
        }
        return id * SHUFFLE % space;
    }

    private static String sevenDigits(long value) {
        String digits = Long.toString(value);
        return "0".repeat(7 - digits.length()) + digits;
    }
}
