package vn.vnpt.bacgiang.cskh.execution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/**
 * What the contact form sends: the task read at its version, and the contact's channel, outcome,
 * gift, satisfaction (1–5, when reached), callback time (when not reached) and note.
 */
public record ContactEntry(long taskId, long taskVersion, @Nullable CareChannel channel,
                           @Nullable ContactOutcome outcome, boolean giftDelivered, @Nullable Integer satisfaction,
                           @Nullable Instant callbackAt, @Nullable String note) {

    /** The longest note of a contact. */
    public static final int NOTE_MAX = 1000;
}
