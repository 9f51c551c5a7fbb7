package vn.vnpt.bacgiang.cskh.execution;

import java.util.Set;

/**
 * A reproducible random order of contacts, for drawing a weighted sample without replacement
 * (Efraimidis–Spirakis): each contact's key is u^(1/w), where u in (0, 1) comes from the CRC-32 of
 * "seed:contact id" times 2654435761 modulo 2^32, and w is its staff member's weight ({@code favourWeight} for the favoured staff, 1
 * for the others); the largest key comes first, so the first n contacts are a sample of n. The same seed
 * and the same contacts give the same order, whatever order the rows are read in.
 */
public record SeededOrder(long seed, Set<Long> favouredStaff, double favourWeight) {

    public SeededOrder {
        favouredStaff = Set.copyOf(favouredStaff);
        if (!(favourWeight > 0)) {
            throw new IllegalArgumentException("A weight is positive: " + favourWeight);
        }
    }
}
