package vn.vnpt.bacgiang.cskh.execution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/** One logged contact, as the task page and other features (hand-offs) read the contact history. */
public record ContactRecord(Instant contactedAt, CareChannel channel, ContactOutcome outcome, String staffName,
                            @Nullable String note, @Nullable Integer satisfaction, boolean giftDelivered,
                            @Nullable Instant callbackAt) {
}
