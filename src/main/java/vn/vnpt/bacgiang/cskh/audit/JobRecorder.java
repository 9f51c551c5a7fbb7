package vn.vnpt.bacgiang.cskh.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes each scheduled job's start and end into {@code job_run}. A failed write is logged and never stops
 * the job: the record is for the Admin's eyes, the job's work matters more.
 */
@Component
class JobRecorder {

    private static final Logger log = LoggerFactory.getLogger(JobRecorder.class);
    private static final int FAILURE_LENGTH = 500;
    static final String INTERRUPTED = "Interrupted: the portal stopped during the run";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JobRecorder(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A run a portal node started before it stopped never finishes: it is recorded as failed, not left running; one
     * whose lock another node still holds (decision 0043) may be running there and is left alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    void closeInterruptedRuns() {
        write("UPDATE job_run SET last_finished_at = last_started_at, last_millis = NULL, last_failure = ?, "
                + "runs = runs + 1, failures = failures + 1 WHERE (last_finished_at IS NULL OR last_finished_at "
                + "< last_started_at) AND last_started_at < ? AND NOT EXISTS (SELECT 1 FROM shedlock l "
                + "WHERE l.name = job_run.job AND l.lock_until > UTC_TIMESTAMP(3))", INTERRUPTED, utc(clock.instant()));
    }

    /** The task, recording each of its runs under {@link JobRun#keyOf the job's key}. */
    Runnable recording(Runnable task) {
        String job = JobRun.keyOf(task);
        return () -> {
            Instant start = clock.instant();
            write("INSERT INTO job_run (job, last_started_at) VALUES (?, ?) "
                    + "ON DUPLICATE KEY UPDATE last_started_at = VALUES(last_started_at)", job, utc(start));
            try {
                task.run();
                finished(job, start, null);
            } catch (RuntimeException | Error failure) {
                finished(job, start, failure);
                throw failure;
            }
        };
    }

    private void finished(String job, Instant start, @Nullable Throwable failure) {
        Instant end = clock.instant();
        String message = null;
        if (failure != null) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            message = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            message = message.length() > FAILURE_LENGTH ? message.substring(0, FAILURE_LENGTH) : message;
        }
        write("UPDATE job_run SET last_finished_at = ?, last_millis = ?, last_failure = ?, runs = runs + 1, "
                + "failures = failures + ? WHERE job = ?", utc(end), Duration.between(start, end).toMillis(), message,
                failure == null ? 0 : 1, job);
    }

    private void write(String sql, Object... args) {
        try {
            jdbc.update(sql, args);
        } catch (DataAccessException e) {
            log.warn("Could not record a scheduled job's run: {}", e.getMessage());
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
