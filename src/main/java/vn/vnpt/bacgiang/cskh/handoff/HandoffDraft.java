package vn.vnpt.bacgiang.cskh.handoff;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the requester fills in to raise a hand-off. The receiver defaults to the customer's district
 * TTVT for technical work; the contacts are the history the requester knows of (from the worklist).
 * A linked care task must be one the requester may read, of this customer; the contact, if named, one
 * logged on that task.
 */
public record HandoffDraft(long customerId, @Nullable Long subscriptionId, @Nullable Long campaignId,
                           @Nullable Long taskId, @Nullable Long contactId, HandoffType type, HandoffPriority priority,
                           @Nullable Long receiverUnitId, String description, List<ContactRecord> contacts) {
}
