package vn.vnpt.bacgiang.cskh.supervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One supervision record waiting on the user: the inspected unit, what it is about (the campaign of an
 * inspection, the item of a finding or action; none for a TTVT's inspection; for a finding on a callback
 * sample, whose callbacks instead, for the page to say in the reader's language), and the date that makes
 * it urgent (the inspection's planned date, the action's due date; none for a dispute or a finding).
 */
public record WaitingItem(WaitingKind kind, long recordId, long inspectionId, String unitName,
                          @Nullable String subject, @Nullable String callbacksOf, @Nullable LocalDate dueOn) {

    /** The page where the user acts on it. */
    public String href() {
        return switch (kind) {
            case ACTION_TO_VERIFY, ACTION_DUE -> SupervisionNotices.ACTIONS_LINK;
            default -> "supervision/inspection/" + inspectionId;
        };
    }
}
