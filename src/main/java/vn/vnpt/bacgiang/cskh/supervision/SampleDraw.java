package vn.vnpt.bacgiang.cskh.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.LoggedOutcome;
import vn.vnpt.bacgiang.cskh.execution.OutcomeStratum;
import vn.vnpt.bacgiang.cskh.execution.StaffOutcomes;

/**
 * Draws a callback sample from a unit's contacts: each outcome gets a share of the sample proportional to
 * its share of the contacts (largest remainder), and within an outcome the first contacts of a seeded
 * random order ({@link vn.vnpt.bacgiang.cskh.execution.SeededOrder}, weighted when asked) are drawn.
 */
final class SampleDraw {

    /** A staff member's success rate this far (in points) from the unit's is unusual... */
    static final double UNUSUAL_GAP = 0.20;
    /** ...once they logged at least this many contacts. */
    static final int UNUSUAL_MIN_CONTACTS = 5;
    /** How much more likely a contact of an unusual staff member is drawn when the sample is weighted. */
    static final double UNUSUAL_WEIGHT = 3.0;

    private SampleDraw() {
    }

    /**
     * The sample of {@code size}: each outcome's quota of its first contacts in the seeded order, outcome by
     * outcome, as {@code firstOf} reads them.
     */
    static List<LoggedOutcome> take(List<OutcomeStratum> strata, int size,
                                    BiFunction<OutcomeStratum, Integer, List<LoggedOutcome>> firstOf) {
        Map<ContactOutcome, Integer> quotas = quotas(strata.stream()
                .collect(Collectors.toMap(OutcomeStratum::outcome, OutcomeStratum::contacts)), size);
        List<LoggedOutcome> sample = new ArrayList<>();
        for (OutcomeStratum stratum : strata) {
            int quota = quotas.getOrDefault(stratum.outcome(), 0);
            List<LoggedOutcome> first = firstOf.apply(stratum, quota);
            if (first.size() != quota) {
                throw new IllegalArgumentException(stratum.outcome() + " gave " + first.size()
                        + " contacts for a quota of " + quota);
            }
            sample.addAll(first);
        }
        return sample;
    }

    /** How many contacts the strata hold. */
    static int population(List<OutcomeStratum> strata) {
        return strata.stream().mapToInt(OutcomeStratum::contacts).sum();
    }

    /**
     * The sample size a request asks of this many contacts: a percentage is rounded up, at least one
     * contact and at most {@link SampleRequest#MAX_SIZE}, as a number is.
     */
    static int size(int population, SampleRequest request) {
        if (request.size() != null) {
            return Math.min(request.size(), population);
        }
        long asked = Math.max(1, (long) Math.ceil(population * request.percent() / 100.0));
        return (int) Math.min(Math.min(population, asked), SampleRequest.MAX_SIZE);
    }

    /**
     * Each outcome's number of sampled contacts: the floor of its proportional share, then one more to
     * the outcomes with the largest remainders (ties: the larger outcome, then the enum's order).
     */
    static Map<ContactOutcome, Integer> quotas(Map<ContactOutcome, Integer> counts, int size) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        Map<ContactOutcome, Integer> quotas = new EnumMap<>(ContactOutcome.class);
        if (total == 0) {
            return quotas;
        }
        counts.forEach((outcome, count) -> quotas.put(outcome, (int) ((long) size * count / total)));
        int left = size - quotas.values().stream().mapToInt(Integer::intValue).sum();
        counts.keySet().stream()
                .sorted(Comparator.<ContactOutcome>comparingLong(outcome -> (long) size * counts.get(outcome) % total)
                        .reversed().thenComparing(Comparator.<ContactOutcome>comparingInt(counts::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(left).forEach(outcome -> quotas.merge(outcome, 1, Integer::sum));
        return quotas;
    }

    /** Staff whose share of accepted contacts is far from the unit's, in either direction. */
    static Set<Long> unusualStaff(List<StaffOutcomes> tallies) {
        Map<Long, long[]> staff = new HashMap<>();
        long[] unit = new long[2];
        for (StaffOutcomes tally : tallies) {
            long accepted = tally.outcome() == ContactOutcome.REACHED_ACCEPTED ? tally.contacts() : 0;
            long[] own = staff.computeIfAbsent(tally.staffId(), id -> new long[2]);
            own[0] += tally.contacts();
            own[1] += accepted;
            unit[0] += tally.contacts();
            unit[1] += accepted;
        }
        double unitRate = share(unit);
        return staff.entrySet().stream()
                .filter(own -> own.getValue()[0] >= UNUSUAL_MIN_CONTACTS
                        && Math.abs(share(own.getValue()) - unitRate) > UNUSUAL_GAP)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Accepted over all of {contacts, accepted}. */
    private static double share(long[] contactsAndAccepted) {
        return contactsAndAccepted[0] == 0 ? 0 : contactsAndAccepted[1] / (double) contactsAndAccepted[0];
    }
}
