package vn.vnpt.bacgiang.cskh.handoff;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the receiver needs so as never to call back: the customer's facts, the subscription concerned,
 * the campaign and the contacts logged so far, as the requester knew them when raising the hand-off,
 * and the contact it follows when it was raised from one.
 */
public record ContextPacket(long customerId, String customerCode, String customerName,
                            @Nullable String customerPhone, @Nullable String customerAddress,
                            @Nullable String customerDistrict, @Nullable String customerFacts,
                            @Nullable Long subscriptionId, @Nullable String subscriptionLabel,
                            @Nullable Long campaignId, @Nullable String campaignName, @Nullable Long taskId,
                            @Nullable Long contactId, List<ContactRecord> contacts) {

    /** The customer's key facts, or null for a packet without them. */
    public @Nullable CustomerFacts facts() {
        return CustomerFacts.fromJson(customerFacts);
    }
}
