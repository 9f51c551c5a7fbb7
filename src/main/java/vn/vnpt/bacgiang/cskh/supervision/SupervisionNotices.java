package vn.vnpt.bacgiang.cskh.supervision;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;

/**
 * The notices findings and corrective actions send to the people who must act next, resolved in each
 * reader's language when shown, with a link to the inspection or to the actions list.
 */
@Component
class SupervisionNotices {

    /** The notice kind (label {@code notice.kind.SUPERVISION} in the notice bundle). */
    static final String KIND = "SUPERVISION";
    static final String ACTIONS_LINK = "supervision/actions";

    private final NoticeService notices;

    SupervisionNotices(NoticeService notices) {
        this.notices = notices;
    }

    void aboutInspection(Collection<Long> recipients, String messageKey, long inspectionId, List<String> args) {
        recipients.forEach(recipient -> notices.send(recipient, KIND, messageKey, args,
                "supervision/inspection/" + inspectionId));
    }

    void aboutAction(long recipient, String messageKey, List<String> args) {
        notices.send(recipient, KIND, messageKey, args, ACTIONS_LINK);
    }
}
