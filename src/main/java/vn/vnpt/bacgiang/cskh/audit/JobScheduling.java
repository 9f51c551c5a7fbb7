package vn.vnpt.bacgiang.cskh.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;

/**
 * Runs the features' {@code @Scheduled} jobs (each switched off by "-" as its cron) and has every run
 * recorded by {@link JobRecorder}. The scheduler bean is only a {@link TaskScheduler}: Boot's default one is
 * also an {@code Executor}, which would make the {@code TaskExecutor} other features inject ambiguous, and a
 * bean that is an {@code Executor} would stop Boot from making its application task executor.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobScheduling {

    @Bean(destroyMethod = "shutdown")
    SchedulerOnly taskScheduler(JobRecorder recorder) {
        return new SchedulerOnly(recorder);
    }

    /** A single-thread scheduler that is nothing but a {@link TaskScheduler}. */
    static final class SchedulerOnly implements TaskScheduler {

        private final java.util.concurrent.ScheduledExecutorService threads =
                Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("scheduled-jobs").factory());
        private final ConcurrentTaskScheduler scheduler = new ConcurrentTaskScheduler(threads);
        private final JobRecorder recorder;

        SchedulerOnly(JobRecorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public @Nullable ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
            return scheduler.schedule(recorder.recording(task), trigger);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
            return scheduler.schedule(recorder.recording(task), startTime);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
            return scheduler.scheduleAtFixedRate(recorder.recording(task), startTime, period);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
            return scheduler.scheduleAtFixedRate(recorder.recording(task), period);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
            return scheduler.scheduleWithFixedDelay(recorder.recording(task), startTime, delay);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
            return scheduler.scheduleWithFixedDelay(recorder.recording(task), delay);
        }

        void shutdown() {
            threads.shutdownNow();
        }
    }
}
