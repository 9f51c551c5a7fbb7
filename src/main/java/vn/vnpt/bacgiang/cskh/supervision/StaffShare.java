package vn.vnpt.bacgiang.cskh.supervision;

import org.jspecify.annotations.Nullable;

/**
 * A staff member's contacts in a callback sample: how many were sampled, how many customers answered
 * the callback (confirmed or not) and how many did not confirm; {@code share} is unconfirmed over
 * answered (null while none answered), {@code flagged} when it is above {@link #FLAG_ABOVE}.
 */
public record StaffShare(long staffId, String staffName, int sampled, int answered, int unconfirmed,
                         @Nullable Double share, boolean flagged) {

    /** Above this share of unconfirmed callbacks a staff member is a finding candidate. */
    public static final double FLAG_ABOVE = 0.20;
}
