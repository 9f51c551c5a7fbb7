package vn.vnpt.bacgiang.cskh.handoff;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.notice.Notice;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * The in-app notices a hand-off sends: to the receiving unit, back to the requester, up the escalation.
 * The kind follows the message: warnings and escalations are their own kinds, the rest hand-off news.
 */
@Component
class HandoffNotices {

    private final NoticeService notices;

    HandoffNotices(NoticeService notices) {
        this.notices = notices;
    }

    void toReceivers(Handoff handoff, String messageKey) {
        notices.sendToWhoCan(handoff.getReceiverUnitId(), Permission.HANDOFF_WORK, kind(messageKey), messageKey,
                args(handoff), link(handoff));
    }

    void toRequester(Handoff handoff, String messageKey) {
        notices.send(handoff.getRequesterId(), kind(messageKey), messageKey, args(handoff), link(handoff));
    }

    void toUser(long userId, Handoff handoff, String messageKey) {
        notices.send(userId, kind(messageKey), messageKey, args(handoff), link(handoff));
    }

    void toRole(long unitId, Role role, Handoff handoff, String messageKey) {
        notices.sendToRole(unitId, role, kind(messageKey), messageKey, args(handoff), link(handoff));
    }

    private static String kind(String messageKey) {
        if (messageKey.endsWith(".warning")) {
            return Notice.SLA_WARNING;
        }
        return messageKey.contains(".escalated.") ? Notice.ESCALATION : Notice.HANDOFF;
    }

    private static List<String> args(Handoff handoff) {
        return List.of(handoff.reference(), handoff.getCustomerName(), handoff.getReceiverUnitName());
    }

    private static String link(Handoff handoff) {
        return "handoff/" + handoff.getId();
    }
}
