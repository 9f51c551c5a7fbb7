package vn.vnpt.bacgiang.cskh.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vnpt.bacgiang.cskh.customer.CustomersChanged;

/** How kept counts behave when requests meet: one count per statement at a time, none kept across a change. */
class KeptCountsRulesTest {

    private final KeptCounts kept = new KeptCounts(Clock.fixed(Instant.parse("2026-12-05T05:00:00Z"), ZoneOffset.UTC));
    private final AtomicInteger counts = new AtomicInteger();

    @AfterEach
    void stop() {
        kept.stop();
    }

    @Test
    void whoeverAsksWhileTheStatementIsCountedWaitsForThatCount() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<SegmentCount> first = CompletableFuture.supplyAsync(() -> kept.of("a", () -> {
            started.countDown();
            await(release);
            return counted(7);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<SegmentCount> second = CompletableFuture.supplyAsync(() -> kept.of("a", () -> counted(8)));

        Thread.sleep(100);
        assertThat(second).as("waiting for the first count").isNotDone();
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).total()).isEqualTo(7);
        assertThat(second.get(10, TimeUnit.SECONDS).total()).isEqualTo(7);
        assertThat(counts.get()).isEqualTo(1);
    }

    @Test
    void aCountUnderWayWhenTheCustomersChangeIsAnsweredButNotKept() {
        SegmentCount during = kept.of("a", () -> {
            kept.customersChanging(new CustomersChanged());
            return counted(1);
        });
        assertThat(during.total()).isEqualTo(1);

        assertThat(kept.of("a", () -> counted(2)).total()).as("counted again").isEqualTo(2);
        assertThat(kept.of("a", () -> counted(3)).total()).as("and kept").isEqualTo(2);
    }

    @Test
    void aFailedCountIsNotKeptAndTheNextRequestCountsAgain() {
        Supplier<SegmentCount> failing = () -> {
            throw new IllegalStateException("the database is down");
        };
        assertThatThrownBy(() -> kept.of("a", failing))
                .hasMessage("the database is down");

        assertThat(kept.of("a", () -> counted(4)).total()).isEqualTo(4);
    }

    @Test
    void beyondTheMostStatementsKeptTheEarlierOnesAreCountedAgain() {
        for (int statement = 0; statement <= KeptCounts.MOST; statement++) {
            kept.of("statement " + statement, () -> counted(1));
        }
        int before = counts.get();

        kept.of("statement 0", () -> counted(1));

        assertThat(counts.get()).isEqualTo(before + 1);
    }

    private SegmentCount counted(long total) {
        counts.incrementAndGet();
        return new SegmentCount(total, List.of(), List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
