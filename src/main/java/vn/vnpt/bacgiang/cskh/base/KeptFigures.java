package vn.vnpt.bacgiang.cskh.base;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule for figures kept instead of counted per view (decision 0033): served while at most {@link #MAX_AGE}
 * old, and never when counted later than now (a test's clock stopped before the count), so a stale or future
 * figure is counted again.
 */
public final class KeptFigures {

    public static final Duration MAX_AGE = Duration.ofSeconds(60);

    private KeptFigures() {
    }

    public static boolean fresh(Instant countedAt, Instant now) {
        Duration age = Duration.between(countedAt, now);
        return !age.isNegative() && age.compareTo(MAX_AGE) <= 0;
    }
}
