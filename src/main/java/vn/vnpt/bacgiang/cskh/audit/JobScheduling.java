package vn.vnpt.bacgiang.cskh.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import vn.vnpt.bacgiang.cskh.base.RunsOnEveryNode;

/**
 * Runs the features' {@code @Scheduled} jobs (each switched off by "-" as its cron) and has every run
 * recorded by {@link JobRecorder}. With several portal nodes on one database, a job runs on the node that takes its
 * ShedLock lock for that firing and the others skip it (docs/decisions/0043); a job marked {@link RunsOnEveryNode}
 * runs on each. The scheduler bean is only a {@link TaskScheduler}: Boot's default one is
 * also an {@code Executor}, which would make the {@code TaskExecutor} other features inject ambiguous, and a
 * bean that is an {@code Executor} would stop Boot from making its application task executor.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobScheduling {

    @Bean
    LockProvider jobLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Bean(destroyMethod = "shutdown")
    SchedulerOnly taskScheduler(JobRecorder recorder, LockProvider jobLocks,
                                @Value("${portal.jobs.lock-at-most:PT5M}") Duration lockAtMost,
                                @Value("${portal.jobs.lock-at-least:PT10S}") Duration lockAtLeast) {
        return new SchedulerOnly(recorder, new DefaultLockingTaskExecutor(jobLocks), lockAtMost, lockAtLeast);
    }

    /** A single-thread scheduler that is nothing but a {@link TaskScheduler}. */
    static final class SchedulerOnly implements TaskScheduler {

        private final java.util.concurrent.ScheduledExecutorService threads =
                Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("scheduled-jobs").factory());
        private final ConcurrentTaskScheduler scheduler = new ConcurrentTaskScheduler(threads);
        private final JobRecorder recorder;
        private final LockingTaskExecutor locks;
        private final Duration lockAtMost;
        private final Duration lockAtLeast;

        SchedulerOnly(JobRecorder recorder, LockingTaskExecutor locks, Duration lockAtMost, Duration lockAtLeast) {
            this.recorder = recorder;
            this.locks = locks;
            this.lockAtMost = lockAtMost;
            this.lockAtLeast = lockAtLeast;
        }

        /**
         * The task as this node runs it: recorded, and unless it runs on every node, only while this node holds its
         * lock; held at least {@code lockAtLeast} (shorter than any locked job's interval) so that a node whose
         * firing comes a little later finds it taken, at most {@code lockAtMost} should a node die mid-run.
         */
        Runnable guarded(Runnable task) {
            Runnable recorded = recorder.recording(task);
            if (runsOnEveryNode(task)) {
                return recorded;
            }
            String job = JobRun.keyOf(task);
            return () -> locks.executeWithLock(recorded, new LockConfiguration(Instant.now(), job, lockAtMost,
                    lockAtLeast));
        }

        /**
         * Whether the job's method is marked {@link RunsOnEveryNode}: Spring hands the scheduler its own wrapper of the
         * method, which names it as "class.method".
         */
        static boolean runsOnEveryNode(Runnable task) {
            if (task instanceof ScheduledMethodRunnable method) {
                return method.getMethod().isAnnotationPresent(RunsOnEveryNode.class);
            }
            String name = task.toString();
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return false;
            }
            String method = name.substring(dot + 1);
            try {
                return Arrays.stream(Class.forName(name.substring(0, dot).replaceFirst("\\$\\$.*", ""), false,
                        JobScheduling.class.getClassLoader()).getDeclaredMethods()).anyMatch(declared ->
                        declared.getName().equals(method) && declared.isAnnotationPresent(RunsOnEveryNode.class));
            } catch (ClassNotFoundException e) {
                return false;
            }
        }

        @Override
        public @Nullable ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
            return scheduler.schedule(guarded(task), trigger);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
            return scheduler.schedule(guarded(task), startTime);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
            return scheduler.scheduleAtFixedRate(guarded(task), startTime, period);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
            return scheduler.scheduleAtFixedRate(guarded(task), period);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
            return scheduler.scheduleWithFixedDelay(guarded(task), startTime, delay);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
            return scheduler.scheduleWithFixedDelay(guarded(task), delay);
        }

        void shutdown() {
            threads.shutdownNow();
        }
    }
}
