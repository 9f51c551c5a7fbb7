package vn.vnpt.bacgiang.cskh.execution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/**
 * What the contact form sends: the task read at its version, and the contact's channel, outcome, the
 * gift handed over (a gift line of the campaign's budget and how many), satisfaction (1–5, when
 * reached), callback time (when not reached), the visit's appointment (when the call books it), note
 * and the gift's signed receipt.
 */
public record ContactEntry(long taskId, long taskVersion, @Nullable CareChannel channel,
                           @Nullable ContactOutcome outcome, @Nullable Long giftLineId, int giftQuantity,
                           @Nullable Integer satisfaction, @Nullable Instant callbackAt,
                           @Nullable Instant appointmentAt, @Nullable String note, @Nullable Evidence evidence) {

    /** The longest note of a contact. */
    public static final int NOTE_MAX = 1000;
    /** The most gifts one contact hands over. */
    public static final int GIFTS_MAX = 100;

    /** A contact that hands over no gift and books no visit. */
    public ContactEntry(long taskId, long taskVersion, @Nullable CareChannel channel, @Nullable ContactOutcome outcome,
                        @Nullable Integer satisfaction, @Nullable Instant callbackAt, @Nullable String note) {
        this(taskId, taskVersion, channel, outcome, null, 0, satisfaction, callbackAt, null, note, null);
    }
}
