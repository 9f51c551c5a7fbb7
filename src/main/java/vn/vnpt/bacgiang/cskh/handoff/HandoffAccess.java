package vn.vnpt.bacgiang.cskh.handoff;

import java.util.EnumSet;
import java.util.Set;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * Who sees a hand-off and on which side they act. ĐHNV, the Director and Admins see every hand-off;
 * the requesting side is the requesting unit's care staff and the sales managers above it; the
 * receiving side is the receiving unit's people in the roles that work the hand-off's type.
 */
final class HandoffAccess {

    static final Set<Role> SEE_ALL = EnumSet.of(Role.ADMIN, Role.DIRECTOR, Role.PLANNER, Role.SUPERVISOR);
    static final Set<Role> REQUESTERS = EnumSet.of(Role.CARE_STAFF, Role.SALES_MANAGER);

    private HandoffAccess() {
    }

    static boolean seesAll(PortalUser user) {
        return user.roles().stream().anyMatch(SEE_ALL::contains);
    }

    static boolean visible(Handoff handoff, PortalUser user) {
        return seesAll(user) || isRequester(handoff, user) || user.unitId() == handoff.getReceiverUnitId();
    }

    static boolean isRequester(Handoff handoff, PortalUser user) {
        return user.roles().stream().anyMatch(REQUESTERS::contains)
                && user.scope().covers(handoff.getRequesterUnitPath());
    }

    static boolean isReceiver(Handoff handoff, PortalUser user) {
        return user.unitId() == handoff.getReceiverUnitId()
                && user.roles().stream().anyMatch(handoff.getType().receiverRoles()::contains);
    }

    static boolean actsAs(HandoffSide side, Handoff handoff, PortalUser user) {
        return side == HandoffSide.REQUESTER ? isRequester(handoff, user) : isReceiver(handoff, user);
    }
}
