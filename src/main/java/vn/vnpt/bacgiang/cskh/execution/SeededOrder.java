package vn.vnpt.bacgiang.cskh.execution;

import java.util.Set;

/**
 * A reproducible random order of contacts, for drawing a weighted sample without replacement
 * (Efraimidis–Spirakis): each contact's key is u^(1/w), where u in (0, 1) comes from the CRC-32 of
 * "seed:contact id" times 2654435761 modulo 2^32, and w is its staff member's weight ({@code favourWeight} for
 * the favoured staff, 1 for the others); the largest key comes first, so the first n contacts are a sample of n.
 * The same seed and the same contacts give the same order, whatever order the rows are read in.
 * <p>
 * A draw of n from many contacts orders only those whose stored random {@code sample_key} lies in the
 * seed's {@link #window}: each contact is in it with the same chance, and it holds a few times n of them.
 */
public record SeededOrder(long seed, Set<Long> favouredStaff, double favourWeight) {

    /** Sample keys are drawn from [0, 2^32). */
    static final long KEYS = 1L << 32;

    public SeededOrder {
        favouredStaff = Set.copyOf(favouredStaff);
        if (!(favourWeight > 0)) {
            throw new IllegalArgumentException("A weight is positive: " + favourWeight);
        }
    }

    /**
     * The range of sample keys to read for the first {@code n} of {@code contacts} contacts: it starts where
     * the seed says and is wide enough to hold 4n + 64 of them on average, so that it holds fewer than n only
     * by a chance too small to matter (and the draw then reads every contact). It wraps around the end of
     * the keys; {@code null} means every key.
     */
    KeyWindow window(int contacts, int n) {
        long expected = 4L * n + 64;
        if (expected >= contacts) {
            return null;
        }
        long width = Math.ceilDiv(KEYS * expected, contacts);
        return new KeyWindow(mix(seed) & (KEYS - 1), width);
    }

    /** SplitMix64's finaliser, so that neighbouring seeds start far apart. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The keys in [from, from + width), modulo 2^32. */
    record KeyWindow(long from, long width) {

        /** The SQL condition on {@code sample_key}; the bounds are numbers, written as such. */
        String condition() {
            long to = from + width;
            return to <= KEYS ? "sample_key >= " + from + " AND sample_key < " + to
                    : "(sample_key >= " + from + " OR sample_key < " + (to - KEYS) + ")";
        }
    }
}
