package vn.vnpt.bacgiang.cskh.handoff;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the requester fills in to raise a hand-off. The receiver defaults to the customer's district
 * TTVT for technical work; the contacts are the history the requester knows of (from the worklist).
 */
public record HandoffDraft(long customerId, @Nullable Long subscriptionId, @Nullable Long campaignId,
                           @Nullable Long taskId, HandoffType type, HandoffPriority priority,
                           @Nullable Long receiverUnitId, String description, List<ContactRecord> contacts) {
}
