package vn.vnpt.bacgiang.cskh.segment;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vnpt.bacgiang.cskh.base.KeptFigures;
import vn.vnpt.bacgiang.cskh.customer.CustomersChanged;

/**
 * Segment counts kept at most {@link KeptFigures#MAX_AGE} old per statement (the scope, the criteria and the dates
 * they resolve to): the builder's count of the whole base as it opens (decision 0045) and the count of any criteria
 * (decision 0050: the load test found each preset chosen counting a million customers again, 90 ms alone and
 * 500 ms at p95 under 500 users). A count older than {@link #RECOUNT_AFTER} is served while it is counted again on a
 * thread of its own (decision 0049), so that while planners keep counting the same criteria none waits. A change to
 * the customers drops every count, now and again when its transaction ends; a count that was under way meanwhile is
 * returned to its caller but not kept. At most {@link #MOST} statements are kept.
 */
@Component
class KeptCounts {

    static final Duration RECOUNT_AFTER = KeptFigures.MAX_AGE.dividedBy(2);
    static final int MOST = 500;

    private static final Logger log = LoggerFactory.getLogger(KeptCounts.class);

    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** The counts under way: whoever asks for the same statement meanwhile waits for that count. */
    private final Map<String, CompletableFuture<SegmentCount>> counting = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();
    /** Moves on with every change to the customers; a count started before one is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private final ExecutorService recounter = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("segment-recount").daemon().factory());

    KeptCounts(Clock clock) {
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        recounter.shutdownNow();
    }

    /**
     * The statement's kept count, else a new one. One count per statement at a time: users who ask while it counts
     * wait for that count instead of starting their own (the load test saw 35 counts of the base in 150 s without
     * this, 3.5 s each, as every planner opening during a count started another).
     */
    SegmentCount of(String statement, Supplier<SegmentCount> count) {
        Instant now = clock.instant();
        Kept latest = kept.get(statement);
        if (latest != null && KeptFigures.fresh(latest.countedAt(), now)) {
            if (Duration.between(latest.countedAt(), now).compareTo(RECOUNT_AFTER) > 0 && recounting.add(statement)) {
                recounter.execute(() -> recount(statement, count));
            }
            return latest.count();
        }
        CompletableFuture<SegmentCount> mine = new CompletableFuture<>();
        CompletableFuture<SegmentCount> running = counting.putIfAbsent(statement, mine);
        if (running != null) {
            return await(running);
        }
        try {
            SegmentCount counted = count(statement, count);
            mine.complete(counted);
            return counted;
        } catch (RuntimeException failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            counting.remove(statement, mine);
        }
    }

    private SegmentCount count(String statement, Supplier<SegmentCount> count) {
        long before = changes.get();
        Instant now = clock.instant();
        SegmentCount counted = count.get();
        if (changes.get() == before) {
            if (kept.size() >= MOST) {
                kept.values().removeIf(old -> !KeptFigures.fresh(old.countedAt(), now));
                if (kept.size() >= MOST) {
                    kept.clear();
                }
            }
            kept.put(statement, new Kept(counted, now));
        }
        return counted;
    }

    private static SegmentCount await(CompletableFuture<SegmentCount> running) {
        try {
            return running.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** A failed recount is logged and leaves the kept count, which the next request past its age counts again. */
    private void recount(String statement, Supplier<SegmentCount> count) {
        try {
            count(statement, count);
        } catch (DataAccessException failed) {
            log.warn("A segment count was not counted again: {}", failed.getMessage());
        } finally {
            recounting.remove(statement);
        }
    }

    /** Returns once the recounts started so far have ended (for tests). */
    void awaitRecounts() throws Exception {
        recounter.submit(() -> { }).get(1, TimeUnit.MINUTES);
    }

    @EventListener
    void customersChanging(CustomersChanged change) {
        dropAll();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void customersChanged(CustomersChanged change) {
        dropAll();
    }

    private void dropAll() {
        changes.incrementAndGet();
        kept.clear();
    }

    private record Kept(SegmentCount count, Instant countedAt) {
    }
}
