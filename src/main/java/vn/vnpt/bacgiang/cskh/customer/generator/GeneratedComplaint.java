package vn.vnpt.bacgiang.cskh.customer.generator;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.customer.ComplaintChannel;
import vn.vnpt.bacgiang.cskh.customer.ComplaintTopic;
import vn.vnpt.bacgiang.cskh.customer.CustomerIndicators;

/** A row of {@code complaint}. */
record GeneratedComplaint(long id, @Nullable Long subscriptionId, LocalDate receivedOn, ComplaintChannel channel,
                          ComplaintTopic topic, boolean resolved, String summary) {

    CustomerIndicators.ComplaintFacts facts() {
        return new CustomerIndicators.ComplaintFacts(receivedOn, resolved);
    }
}
