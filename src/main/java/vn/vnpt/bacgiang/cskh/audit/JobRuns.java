package vn.vnpt.bacgiang.cskh.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/** The scheduled jobs of this portal and their last recorded runs, for Admins. */
@Service
@PreAuthorize(Permissions.HAS_ADMINISTER)
@Transactional(readOnly = true)
public class JobRuns {

    private record Recorded(@Nullable LocalDateTime started, @Nullable LocalDateTime finished, @Nullable Long millis,
                            @Nullable String failure, long runs, long failures) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectProvider<ScheduledTaskHolder> schedules;

    JobRuns(JdbcTemplate jdbc, ObjectProvider<ScheduledTaskHolder> schedules) {
        this.jdbc = jdbc;
        this.schedules = schedules;
    }

    /** Every job scheduled now (one switched off by "-" is not), by key, with its last recorded run. */
    public List<JobRun> jobs() {
        Map<String, Recorded> recorded = new HashMap<>();
        jdbc.query("SELECT job, last_started_at, last_finished_at, last_millis, last_failure, runs, failures "
                + "FROM job_run", rs -> {
            recorded.put(rs.getString("job"), new Recorded(rs.getObject("last_started_at", LocalDateTime.class),
                    rs.getObject("last_finished_at", LocalDateTime.class), rs.getObject("last_millis", Long.class),
                    rs.getString("last_failure"), rs.getLong("runs"), rs.getLong("failures")));
        });
        return schedules.orderedStream().flatMap(holder -> holder.getScheduledTasks().stream())
                .filter(scheduled -> scheduled.getTask() instanceof CronTask)
                .map(scheduled -> job(scheduled, recorded))
                .sorted(Comparator.comparing(JobRun::key))
                .toList();
    }

    private static JobRun job(ScheduledTask scheduled, Map<String, Recorded> recorded) {
        CronTask task = (CronTask) scheduled.getTask();
        String key = JobRun.keyOf(task.getRunnable());
        Recorded run = recorded.getOrDefault(key, new Recorded(null, null, null, null, 0, 0));
        return new JobRun(key, task.getExpression(), wholeSecond(scheduled.nextExecution()), instant(run.started()),
                instant(run.finished()), run.millis(), run.failure(), run.runs(), run.failures());
    }

    /**
     * Spring gives the next run as now plus the delay left, a millisecond either side of the cron's whole second
     * (xx:16:59.999 showed as "16" for a job at minute 17, and the shown minute flickered between two readings).
     */
    private static @Nullable Instant wholeSecond(@Nullable Instant next) {
        return next == null ? null : next.plusMillis(500).truncatedTo(ChronoUnit.SECONDS);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
