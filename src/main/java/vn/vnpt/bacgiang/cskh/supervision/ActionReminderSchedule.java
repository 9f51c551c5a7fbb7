package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ActionReminders} every morning at 7 ({@code portal.supervision.reminders.cron}, "-" to
 * switch it off) through its transactional proxy, on the scheduler the hand-off escalation set up.
 */
@Component
class ActionReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ActionReminderSchedule.class);

    private final ActionReminders reminders;
    private final Clock clock;

    ActionReminderSchedule(ActionReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.supervision.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void run() {
        ActionReminders.Result result = reminders.run(LocalDate.now(clock));
        if (result.reminded() + result.flagged() > 0) {
            log.info("Corrective actions: {} reminded, {} flagged overdue", result.reminded(), result.flagged());
        }
    }
}
