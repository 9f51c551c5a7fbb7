package vn.vnpt.bacgiang.cskh.execution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/**
 * One logged contact, as the task page and other features (hand-offs) read the contact history: the
 * gift handed over (its budget line's description and how many), the visit it booked, and whether
 * the gift's receipt was kept as evidence (read by the contact's id).
 */
public record ContactRecord(Instant contactedAt, CareChannel channel, ContactOutcome outcome, String staffName,
                            @Nullable String note, @Nullable Integer satisfaction, boolean giftDelivered,
                            @Nullable Instant callbackAt, long contactId, @Nullable String gift, int giftQuantity,
                            @Nullable Instant appointmentAt, boolean evidence) {
}
