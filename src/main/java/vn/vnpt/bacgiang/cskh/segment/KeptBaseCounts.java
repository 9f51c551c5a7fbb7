package vn.vnpt.bacgiang.cskh.segment;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vnpt.bacgiang.cskh.base.KeptFigures;
import vn.vnpt.bacgiang.cskh.customer.CustomersChanged;

/**
 * The count of a scope's whole customer base, which the segment builder shows as it opens, kept at most
 * {@link KeptFigures#MAX_AGE} old (decision 0044: the load test found each opening counting the province's million
 * customers again, 0.6–0.9 s). A criterion makes the count live again; a change to the customers drops them all,
 * now and again when its transaction ends.
 */
@Component
class KeptBaseCounts {

    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, Object> counting = new ConcurrentHashMap<>();

    KeptBaseCounts(Clock clock) {
        this.clock = clock;
    }

    /**
     * The scope's kept count, else a new one. One count per scope at a time: users who open the builder while it
     * counts wait for that count instead of starting their own (the load test saw 35 counts in 150 s without this,
     * 3.5 s each, as every planner opening during a count started another).
     */
    SegmentCount of(String scope, Supplier<SegmentCount> count) {
        Kept latest = kept.get(scope);
        if (latest != null && KeptFigures.fresh(latest.countedAt(), clock.instant())) {
            return latest.count();
        }
        synchronized (counting.computeIfAbsent(scope, key -> new Object())) {
            Instant now = clock.instant();
            latest = kept.get(scope);
            if (latest != null && KeptFigures.fresh(latest.countedAt(), now)) {
                return latest.count();
            }
            SegmentCount counted = count.get();
            kept.put(scope, new Kept(counted, now));
            return counted;
        }
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
