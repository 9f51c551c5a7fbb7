package vn.vnpt.bacgiang.cskh.handoff;

import java.util.EnumSet;
import java.util.Set;

/** Where a hand-off is in its life cycle; see {@link HandoffMove} for the moves between states. */
public enum HandoffState {
    SENT, RETURNED, ACCEPTED, IN_PROGRESS, WAITING_CUSTOMER, RESOLVED, CONFIRMED, CANCELLED;

    /** States in which the receiver still owes work (the receiver's queue shows these by default). */
    public static final Set<HandoffState> WITH_RECEIVER = EnumSet.of(SENT, ACCEPTED, IN_PROGRESS, WAITING_CUSTOMER);

    public boolean isOpen() {
        return this != CONFIRMED && this != CANCELLED;
    }

    /** The accept clock runs while sent; the resolve clock once accepted, until resolved. */
    public boolean isAcceptClock() {
        return this == SENT;
    }

    public boolean isResolveClock() {
        return this == ACCEPTED || this == IN_PROGRESS || this == WAITING_CUSTOMER;
    }

    public String labelKey() {
        return "handoff.state." + name();
    }
}
