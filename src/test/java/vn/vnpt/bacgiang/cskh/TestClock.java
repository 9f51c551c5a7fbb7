package vn.vnpt.bacgiang.cskh;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock in the tests: the real time, unless a test stops it at a moment of its choice
 * (such as ten in the morning, so that "later today" exists whenever the suite runs);
 * {@link PortalTest} lets it run again after every test.
 */
public final class TestClock extends Clock {

    private final Clock system;
    private volatile @Nullable Instant stopped;

    private TestClock(Clock system) {
        this.system = system;
    }

    /** Stops the clock at this local time in the portal's zone. */
    public void stopAt(LocalDateTime local) {
        stopped = local.atZone(getZone()).toInstant();
    }

    void run() {
        stopped = null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = stopped;
        return at == null ? system.withZone(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = stopped;
        return at == null ? system.instant() : at;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        TestClock testClock(@Qualifier("clock") Clock clock) {
            return new TestClock(clock);
        }
    }
}
