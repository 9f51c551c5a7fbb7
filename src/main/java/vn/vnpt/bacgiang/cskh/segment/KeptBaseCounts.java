package vn.vnpt.bacgiang.cskh.segment;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 * The count of a scope's whole customer base, which the segment builder shows as it opens, kept at most
 * {@link KeptFigures#MAX_AGE} old (decision 0044: the load test found each opening counting the province's million
 * customers again, 0.6–0.9 s). An opening that finds its count older than {@link #RECOUNT_AFTER} is served it while it
 * is counted again on a thread of its own (decision 0049), so that, while planners keep opening the builder, none
 * waits for a count. A criterion makes the count live again; a change to the customers drops them all, now and again
 * when its transaction ends.
 */
@Component
class KeptBaseCounts {

    static final Duration RECOUNT_AFTER = KeptFigures.MAX_AGE.dividedBy(2);

    private static final Logger log = LoggerFactory.getLogger(KeptBaseCounts.class);

    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, Object> counting = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();
    private final ExecutorService recounter = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("segment-base-recount").daemon().factory());

    KeptBaseCounts(Clock clock) {
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        recounter.shutdownNow();
    }

    /**
     * The scope's kept count, else a new one. One count per scope at a time: users who open the builder while it
     * counts wait for that count instead of starting their own (the load test saw 35 counts in 150 s without this,
     * 3.5 s each, as every planner opening during a count started another).
     */
    SegmentCount of(String scope, Supplier<SegmentCount> count) {
        Instant now = clock.instant();
        Kept latest = kept.get(scope);
        if (latest != null && KeptFigures.fresh(latest.countedAt(), now)) {
            if (Duration.between(latest.countedAt(), now).compareTo(RECOUNT_AFTER) > 0 && recounting.add(scope)) {
                recounter.execute(() -> recount(scope, count));
            }
            return latest.count();
        }
        synchronized (counting.computeIfAbsent(scope, key -> new Object())) {
            now = clock.instant();
            latest = kept.get(scope);
            if (latest != null && KeptFigures.fresh(latest.countedAt(), now)) {
                return latest.count();
            }
            SegmentCount counted = count.get();
            kept.put(scope, new Kept(counted, now));
            return counted;
        }
    }

    /** A failed recount is logged and leaves the kept count, which the next opening past its age counts again. */
    private void recount(String scope, Supplier<SegmentCount> count) {
        try {
            synchronized (counting.computeIfAbsent(scope, key -> new Object())) {
                Instant now = clock.instant();
                kept.put(scope, new Kept(count.get(), now));
            }
        } catch (DataAccessException failed) {
            log.warn("The base count of scope {} was not counted again: {}", scope, failed.getMessage());
        } finally {
            recounting.remove(scope);
        }
    }

    /** Returns once the recounts started so far have ended (for tests). */
    void awaitRecounts() throws Exception {
        recounter.submit(() -> { }).get(1, TimeUnit.MINUTES);
    }

    @EventListener
    void customersChanging(CustomersChanged change) {
        kept.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void customersChanged(CustomersChanged change) {
        kept.clear();
    }

    private record Kept(SegmentCount count, Instant countedAt) {
    }
}
