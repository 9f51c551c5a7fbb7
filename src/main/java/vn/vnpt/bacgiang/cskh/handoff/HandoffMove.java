package vn.vnpt.bacgiang.cskh.handoff;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of a hand-off's life cycle: from which states, to which state, which side makes them
 * and whether they need a text (a reason, or the resolution).
 */
public enum HandoffMove {
    ACCEPT(EnumSet.of(HandoffState.SENT), HandoffState.ACCEPTED, HandoffSide.RECEIVER, false),
    RETURN(EnumSet.of(HandoffState.SENT), HandoffState.RETURNED, HandoffSide.RECEIVER, true),
    START(EnumSet.of(HandoffState.ACCEPTED), HandoffState.IN_PROGRESS, HandoffSide.RECEIVER, false),
    WAIT(EnumSet.of(HandoffState.ACCEPTED, HandoffState.IN_PROGRESS), HandoffState.WAITING_CUSTOMER,
            HandoffSide.RECEIVER, true),
    RESUME(EnumSet.of(HandoffState.WAITING_CUSTOMER), HandoffState.IN_PROGRESS, HandoffSide.RECEIVER, false),
    RESOLVE(EnumSet.of(HandoffState.ACCEPTED, HandoffState.IN_PROGRESS), HandoffState.RESOLVED,
            HandoffSide.RECEIVER, true),
    CONFIRM(EnumSet.of(HandoffState.RESOLVED), HandoffState.CONFIRMED, HandoffSide.REQUESTER, false),
    REOPEN(EnumSet.of(HandoffState.RESOLVED), HandoffState.IN_PROGRESS, HandoffSide.REQUESTER, true),
    RESEND(EnumSet.of(HandoffState.RETURNED), HandoffState.SENT, HandoffSide.REQUESTER, false),
    CANCEL(EnumSet.of(HandoffState.SENT, HandoffState.RETURNED), HandoffState.CANCELLED, HandoffSide.REQUESTER,
            true);

    private final Set<HandoffState> from;
    private final HandoffState to;
    private final HandoffSide side;
    private final boolean needsText;

    HandoffMove(Set<HandoffState> from, HandoffState to, HandoffSide side, boolean needsText) {
        this.from = from;
        this.to = to;
        this.side = side;
        this.needsText = needsText;
    }

    public boolean leaves(HandoffState state) {
        return from.contains(state);
    }

    public HandoffState to() {
        return to;
    }

    public HandoffSide side() {
        return side;
    }

    public boolean needsText() {
        return needsText;
    }

    public String labelKey() {
        return "handoff.move." + name();
    }
}
