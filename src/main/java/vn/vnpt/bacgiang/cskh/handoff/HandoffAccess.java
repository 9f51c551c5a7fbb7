package vn.vnpt.bacgiang.cskh.handoff;

import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Who sees a hand-off and on which side they act. Users who see the whole organisation see every
 * hand-off; the requesting side is whoever raises hand-offs with the requesting unit in scope (its care
 * staff, the sales managers above it); the receiving side is the receiving unit's people who work hand-offs.
 */
final class HandoffAccess {

    private HandoffAccess() {
    }

    static boolean seesAll(PortalUser user) {
        return user.seesAll();
    }

    static boolean visible(Handoff handoff, PortalUser user) {
        return seesAll(user) || isRequester(handoff, user) || user.unitId() == handoff.getReceiverUnitId();
    }

    static boolean isRequester(Handoff handoff, PortalUser user) {
        return user.can(Permission.HANDOFF_RAISE) && user.scope().covers(handoff.getRequesterUnitPath());
    }

    static boolean isReceiver(Handoff handoff, PortalUser user) {
        return user.unitId() == handoff.getReceiverUnitId() && user.can(Permission.HANDOFF_WORK);
    }

    static boolean actsAs(HandoffSide side, Handoff handoff, PortalUser user) {
        return side == HandoffSide.REQUESTER ? isRequester(handoff, user) : isReceiver(handoff, user);
    }
}
