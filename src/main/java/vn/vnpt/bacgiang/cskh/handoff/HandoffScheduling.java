package vn.vnpt.bacgiang.cskh.handoff;

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
 * Runs {@link HandoffEscalation} on its schedule ({@code portal.handoff.escalation.cron}, "-" to switch
 * it off). The scheduler bean is only a {@link TaskScheduler}: Boot's default one is also an
 * {@code Executor}, which would make the {@code TaskExecutor} other features inject ambiguous, and a
 * bean that is an {@code Executor} would stop Boot from making its application task executor.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HandoffScheduling {

    @Bean(destroyMethod = "shutdown")
    SchedulerOnly taskScheduler() {
        return new SchedulerOnly();
    }

    /** A single-thread scheduler that is nothing but a {@link TaskScheduler}. */
    static final class SchedulerOnly implements TaskScheduler {

        private final java.util.concurrent.ScheduledExecutorService threads =
                Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("scheduled-jobs").factory());
        private final ConcurrentTaskScheduler scheduler = new ConcurrentTaskScheduler(threads);

        @Override
        public @Nullable ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
            return scheduler.schedule(task, trigger);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
            return scheduler.schedule(task, startTime);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
            return scheduler.scheduleAtFixedRate(task, startTime, period);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
            return scheduler.scheduleAtFixedRate(task, period);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
            return scheduler.scheduleWithFixedDelay(task, startTime, delay);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
            return scheduler.scheduleWithFixedDelay(task, delay);
        }

        void shutdown() {
            threads.shutdownNow();
        }
    }
}
