package vn.vnpt.bacgiang.cskh.customer.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import vn.vnpt.bacgiang.cskh.customer.ComplaintChannel;
import vn.vnpt.bacgiang.cskh.customer.ComplaintTopic;
import vn.vnpt.bacgiang.cskh.customer.Service;

/** Complaints of the last two years: about 8 % of customers complained, a few of them often. */
final class ComplaintGenerator {

    private static final int HISTORY_DAYS = 730;
    private static final Weighted<Integer> COUNTS = Weighted.<Integer>builder()
            .add(70, 1).add(20, 2).add(7, 3).add(3, 4).build();
    private static final Weighted<ComplaintChannel> CHANNELS = Weighted.<ComplaintChannel>builder()
            .add(30, ComplaintChannel.STORE).add(40, ComplaintChannel.HOTLINE).add(15, ComplaintChannel.ZALO)
            .add(5, ComplaintChannel.EMAIL).add(10, ComplaintChannel.VISIT).build();
    private static final Weighted<ComplaintTopic> TOPICS = Weighted.<ComplaintTopic>builder()
            .add(30, ComplaintTopic.BILLING).add(35, ComplaintTopic.QUALITY).add(10, ComplaintTopic.INSTALLATION)
            .add(8, ComplaintTopic.RELOCATION).add(5, ComplaintTopic.STAFF).add(12, ComplaintTopic.OTHER).build();

    private final RandomGenerator random;
    private final LocalDate asOf;
    private long nextId;

    ComplaintGenerator(RandomGenerator random, LocalDate asOf, long firstId) {
        this.random = random;
        this.asOf = asOf;
        this.nextId = firstId;
    }

    List<GeneratedComplaint> generate(boolean organisation, LocalDate customerSince,
                                      List<GeneratedSubscription> subscriptions) {
        if (random.nextDouble() >= (organisation ? 0.12 : 0.08)) {
            return List.of();
        }
        LocalDate from = customerSince.isAfter(asOf.minusDays(HISTORY_DAYS)) ? customerSince
                : asOf.minusDays(HISTORY_DAYS);
        int count = COUNTS.pick(random);
        List<GeneratedComplaint> complaints = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate receivedOn = from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, asOf) + 1));
            ComplaintTopic topic = TOPICS.pick(random);
            GeneratedSubscription about = subscriptions.get(random.nextInt(subscriptions.size()));
            boolean aboutService = topic != ComplaintTopic.STAFF && topic != ComplaintTopic.OTHER
                    && !about.startDate().isAfter(receivedOn);
            boolean recent = receivedOn.isAfter(asOf.minusDays(30));
            complaints.add(new GeneratedComplaint(nextId++, aboutService ? about.id() : null, receivedOn,
                    CHANNELS.pick(random), topic, random.nextDouble() < (recent ? 0.45 : 0.95),
                    ComplaintSummaries.pick(random, topic, aboutService ? about.service() : null)));
        }
        return complaints;
    }
}
