package vn.vnpt.bacgiang.cskh.scorecard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the scorecard's snapshot late every evening ({@code portal.scorecard.snapshot.cron}, "-" to switch it
 * off); running it again the same day only replaces that day's rows.
 */
@Component
class SnapshotSchedule {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSchedule.class);

    private final ScorecardSnapshots snapshots;

    SnapshotSchedule(ScorecardSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(cron = "${portal.scorecard.snapshot.cron:0 50 23 * * *}", zone = "Asia/Ho_Chi_Minh")
    void run() {
        log.info("Scorecard snapshot: {} units", snapshots.take());
    }
}
