package vn.vnpt.bacgiang.cskh.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.LoggedOutcome;

/**
 * Draws a callback sample from a unit's contacts: each outcome gets a share of the sample proportional to
 * its share of the contacts (largest remainder), and within an outcome contacts are drawn without
 * replacement by weighted random keys (Efraimidis–Spirakis) from one {@link Random} seeded with the
 * stored seed, one key per contact in contact order: the same seed and contacts give the same sample.
 */
final class SampleDraw {

    /** A staff member's success rate this far (in points) from the unit's is unusual... */
    static final double UNUSUAL_GAP = 0.20;
    /** ...once they logged at least this many contacts. */
    static final int UNUSUAL_MIN_CONTACTS = 5;
    /** How much more likely a contact of an unusual staff member is drawn when the sample is weighted. */
    static final double UNUSUAL_WEIGHT = 3.0;

    private static final Comparator<Keyed> BY_KEY = Comparator.comparingDouble(Keyed::key);

    private SampleDraw() {
    }

    static List<LoggedOutcome> draw(List<LoggedOutcome> population, int size, boolean weighted, long seed) {
        List<LoggedOutcome> ordered = population.stream().sorted(Comparator.comparingLong(LoggedOutcome::contactId))
                .toList();
        Set<Long> unusual = weighted ? unusualStaff(ordered) : Set.of();
        Map<ContactOutcome, Integer> counts = new EnumMap<>(ContactOutcome.class);
        ordered.forEach(contact -> counts.merge(contact.outcome(), 1, Integer::sum));
        Map<ContactOutcome, Integer> quotas = quotas(counts, size);
        // Each outcome keeps only its quota of largest keys: a unit may have logged hundreds of thousands.
        Map<ContactOutcome, PriorityQueue<Keyed>> strata = new EnumMap<>(ContactOutcome.class);
        quotas.forEach((outcome, quota) -> strata.put(outcome, new PriorityQueue<>(quota + 1, BY_KEY)));
        Random random = new Random(seed);
        for (LoggedOutcome contact : ordered) {
            double weight = unusual.contains(contact.staffId()) ? UNUSUAL_WEIGHT : 1.0;
            double key = Math.pow(random.nextDouble(), 1.0 / weight);
            PriorityQueue<Keyed> kept = strata.get(contact.outcome());
            int quota = quotas.getOrDefault(contact.outcome(), 0);
            if (quota > 0 && (kept.size() < quota || key > kept.peek().key())) {
                kept.add(new Keyed(contact, key));
                if (kept.size() > quota) {
                    kept.poll();
                }
            }
        }
        List<LoggedOutcome> sample = new ArrayList<>();
        strata.values().forEach(kept -> kept.stream().sorted(BY_KEY.reversed()).map(Keyed::contact)
                .forEach(sample::add));
        return sample;
    }

    /** The sample size a request asks of this many contacts (at least one contact for a percentage). */
    static int size(int population, SampleRequest request) {
        if (request.size() != null) {
            return Math.min(request.size(), population);
        }
        return (int) Math.min(population, Math.max(1, Math.ceil(population * request.percent() / 100.0)));
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
    static Set<Long> unusualStaff(List<LoggedOutcome> contacts) {
        double unitRate = acceptedShare(contacts);
        return contacts.stream().collect(Collectors.groupingBy(LoggedOutcome::staffId)).entrySet().stream()
                .filter(staff -> staff.getValue().size() >= UNUSUAL_MIN_CONTACTS
                        && Math.abs(acceptedShare(staff.getValue()) - unitRate) > UNUSUAL_GAP)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static double acceptedShare(List<LoggedOutcome> contacts) {
        return contacts.isEmpty() ? 0 : contacts.stream()
                .filter(contact -> contact.outcome() == ContactOutcome.REACHED_ACCEPTED).count() / (double) contacts.size();
    }

    private record Keyed(LoggedOutcome contact, double key) {
    }
}
