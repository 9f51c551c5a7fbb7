package vn.vnpt.bacgiang.cskh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;

/** Rolled back: the runs recorded are the test's own. */
@Transactional
class JobRunsTest extends PortalTest {

    @Autowired
    private JobRuns jobRuns;
    @Autowired
    private JobRecorder recorder;
    @Autowired
    private List<ScheduledTaskHolder> schedules;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    /** The real hourly purge may have run and recorded itself in the shared test database. */
    @BeforeEach
    void noRunRecordedYet() {
        jdbc.update("DELETE FROM job_run");
    }

    @Test
    void theJobsListedAreTheOnesScheduledWithTheirCronAndNextRun() throws Exception {
        List<JobRun> jobs = as("admin", () -> jobRuns.jobs());

        // the test profile switches off every job but the sign-in purge and the scorecard's nightly snapshot
        assertThat(jobs).extracting(JobRun::key).containsExactly("LoginThrottle.purge", "SnapshotSchedule.run");
        assertThat(jobs.getFirst().cron()).isEqualTo("0 17 * * * *");
        assertThat(jobs).allSatisfy(job -> assertThat(job.next()).isNotNull());
        // the purge runs at minute 17 on the second, as its cron says
        assertThat(jobs.getFirst().next().atZone(java.time.ZoneOffset.UTC)).satisfies(next -> {
            assertThat(next.getMinute()).isEqualTo(17);
            assertThat(next.getSecond()).isZero();
            assertThat(next.getNano()).isZero();
        });
    }

    @Test
    void aRunOfTheRealPurgeIsRecordedWithItsStartAndCount() throws Exception {
        clock.stopAt(LocalDateTime.of(2026, 12, 5, 9, 17));
        recorder.recording(scheduled("LoginThrottle.purge").getTask().getRunnable()).run();
        recorder.recording(scheduled("LoginThrottle.purge").getTask().getRunnable()).run();

        JobRun purge = job("LoginThrottle.purge");
        assertThat(purge.lastStarted()).isEqualTo(clock.instant());
        assertThat(purge.lastFinished()).isEqualTo(clock.instant());
        assertThat(purge.runs()).isEqualTo(2);
        assertThat(purge.running()).isFalse();
        assertThat(purge.failed()).isFalse();
        assertThat(jdbc.queryForObject("SELECT runs FROM job_run WHERE job = 'LoginThrottle.purge'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void aFailedRunIsRecordedWithItsCauseAndStillFailsForTheScheduler() throws Exception {
        clock.stopAt(LocalDateTime.of(2026, 12, 5, 23, 50));
        Runnable failing = new Runnable() {
            @Override
            public void run() {
                throw new IllegalStateException("Không đọc được số liệu");
            }

            @Override
            public String toString() {
                return "vn.vnpt.bacgiang.cskh.scorecard.SnapshotSchedule.run";
            }
        };

        assertThatThrownBy(() -> recorder.recording(failing).run()).isInstanceOf(IllegalStateException.class);

        JobRun snapshot = job("SnapshotSchedule.run");
        assertThat(snapshot.failed()).isTrue();
        assertThat(snapshot.lastFailure()).isEqualTo("IllegalStateException: Không đọc được số liệu");
        assertThat(snapshot.failures()).isEqualTo(1);
        assertThat(snapshot.runs()).isEqualTo(1);
    }

    @Test
    void aJobStartedAndNotFinishedIsRunning() throws Exception {
        clock.stopAt(LocalDateTime.of(2026, 12, 5, 9, 0));
        jdbc.update("INSERT INTO job_run (job, last_started_at, last_finished_at, runs) VALUES "
                + "('LoginThrottle.purge', ?, ?, 3)", LocalDateTime.of(2026, 12, 5, 2, 0),
                LocalDateTime.of(2026, 12, 5, 1, 0, 1));

        JobRun purge = job("LoginThrottle.purge");

        assertThat(purge.running()).isTrue();
        assertThat(purge.lastStarted()).isEqualTo(LocalDateTime.of(2026, 12, 5, 2, 0)
                .toInstant(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aRunCutOffByAStopIsRecordedAsFailedAtTheNextStart() throws Exception {
        clock.stopAt(LocalDateTime.of(2026, 12, 5, 9, 0));
        jdbc.update("INSERT INTO job_run (job, last_started_at, runs) VALUES ('LoginThrottle.purge', ?, 3)",
                LocalDateTime.of(2026, 12, 5, 1, 0));

        recorder.closeInterruptedRuns();

        JobRun purge = job("LoginThrottle.purge");
        assertThat(purge.running()).isFalse();
        assertThat(purge.lastFailure()).isEqualTo(JobRecorder.INTERRUPTED);
        assertThat(purge.runs()).isEqualTo(4);
    }

    @Test
    void aRunWhoseLockAnotherNodeStillHoldsIsLeftRunningAtTheNextStart() throws Exception {
        clock.stopAt(LocalDateTime.of(2026, 12, 5, 9, 0));
        jdbc.update("INSERT INTO job_run (job, last_started_at, runs) VALUES ('LoginThrottle.purge', ?, 3)",
                LocalDateTime.of(2026, 12, 5, 1, 0));
        jdbc.update("DELETE FROM shedlock WHERE name = 'LoginThrottle.purge'");
        jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('LoginThrottle.purge', "
                + "UTC_TIMESTAMP(3) + INTERVAL 10 MINUTE, UTC_TIMESTAMP(3), 'node-b')");

        recorder.closeInterruptedRuns();

        assertThat(job("LoginThrottle.purge").running()).isTrue();
        assertThat(job("LoginThrottle.purge").runs()).isEqualTo(3);
    }

    @Test
    void onlyAnAdminMayReadTheJobs() {
        for (String user : List.of("giamdoc", "kehoach", "giamsat", "lucnam.truongphong", "ttvt.tpbg")) {
            assertThatThrownBy(() -> as(user, () -> jobRuns.jobs())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private JobRun job(String key) throws Exception {
        return as("admin", () -> jobRuns.jobs()).stream().filter(job -> job.key().equals(key)).findFirst()
                .orElseThrow();
    }

    private ScheduledTask scheduled(String key) {
        return schedules.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .filter(task -> JobRun.keyOf(task.getTask().getRunnable()).equals(key)).findFirst().orElseThrow();
    }
}
