package vn.vnpt.bacgiang.cskh.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/**
 * Once a day: reminds the owner of each pending corrective action due within
 * {@link #REMIND_DAYS} days, and flags to the owner and the supervisor one whose due date has passed;
 * at most one run's notice per action per day. {@link #run(LocalDate)} is the job itself, so tests
 * call it with their own "today"; {@link ActionReminderSchedule} runs it on the schedule.
 */
@Component
public class ActionReminders {

    /** What one run did. */
    public record Result(int reminded, int flagged) {
    }

    static final int REMIND_DAYS = 2;

    private final CorrectiveActionRepository actions;
    private final FindingRepository findings;
    private final SupervisionNotices notices;

    ActionReminders(CorrectiveActionRepository actions, FindingRepository findings, SupervisionNotices notices) {
        this.actions = actions;
        this.findings = findings;
        this.notices = notices;
    }

    @Transactional
    public Result run(LocalDate today) {
        int reminded = 0;
        int flagged = 0;
        List<CorrectiveAction> due = actions.toNotice(today.plusDays(REMIND_DAYS), today);
        Map<Long, Finding> byId = findings.findAllById(due.stream().map(CorrectiveAction::getFindingId).toList())
                .stream().collect(java.util.stream.Collectors.toMap(Finding::getId, finding -> finding));
        for (CorrectiveAction action : due) {
            Finding finding = byId.get(action.getFindingId());
            List<String> args = List.of(finding.getItemText(), VnFormats.date(action.getDueOn()), action.getUnitName());
            if (action.overdueOn(today)) {
                notices.aboutAction(action.getOwnerId(), "supervision.notice.action.overdue", args);
                notices.aboutAction(finding.getSupervisorId(), "supervision.notice.action.overdue", args);
                flagged++;
            } else {
                notices.aboutAction(action.getOwnerId(), "supervision.notice.action.dueSoon", args);
                reminded++;
            }
            action.noticed(today);
        }
        actions.flush();
        return new Result(reminded, flagged);
    }
}
