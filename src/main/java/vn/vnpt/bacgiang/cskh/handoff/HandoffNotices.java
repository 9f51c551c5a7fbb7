package vn.vnpt.bacgiang.cskh.handoff;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;
import vn.vnpt.bacgiang.cskh.security.Role;

/** The in-app notices a hand-off sends: to the receiving unit, back to the requester, up the escalation. */
@Component
class HandoffNotices {

    static final String KIND = "HANDOFF";

    private final NoticeService notices;

    HandoffNotices(NoticeService notices) {
        this.notices = notices;
    }

    void toReceivers(Handoff handoff, String messageKey) {
        for (Role role : handoff.getType().receiverRoles()) {
            notices.sendToRole(handoff.getReceiverUnitId(), role, KIND, messageKey, args(handoff), link(handoff));
        }
    }

    void toRequester(Handoff handoff, String messageKey) {
        notices.send(handoff.getRequesterId(), KIND, messageKey, args(handoff), link(handoff));
    }

    void toUser(long userId, Handoff handoff, String messageKey) {
        notices.send(userId, KIND, messageKey, args(handoff), link(handoff));
    }

    void toRole(long unitId, Role role, Handoff handoff, String messageKey) {
        notices.sendToRole(unitId, role, KIND, messageKey, args(handoff), link(handoff));
    }

    private static List<String> args(Handoff handoff) {
        return List.of(handoff.reference(), handoff.getCustomerName(), handoff.getReceiverUnitName());
    }

    private static String link(Handoff handoff) {
        return "handoff/" + handoff.getId();
    }
}
