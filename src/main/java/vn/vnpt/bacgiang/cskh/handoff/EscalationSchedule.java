package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link HandoffEscalation} every 5 minutes ({@code portal.handoff.escalation.cron}, "-" to switch
 * it off) through its transactional proxy, which a call from inside that bean would bypass.
 */
@Component
class EscalationSchedule {

    private static final Logger log = LoggerFactory.getLogger(EscalationSchedule.class);

    private final HandoffEscalation escalation;
    private final Clock clock;

    EscalationSchedule(HandoffEscalation escalation, Clock clock) {
        this.escalation = escalation;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.handoff.escalation.cron:0 */5 * * * *}", zone = "Asia/Ho_Chi_Minh")
    void run() {
        HandoffEscalation.Result result = escalation.run(clock.instant());
        if (result.warned() + result.escalated() > 0) {
            log.info("Hand-off escalation: {} warned, {} escalated", result.warned(), result.escalated());
        }
    }
}
