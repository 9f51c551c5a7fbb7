package vn.vnpt.bacgiang.cskh.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vnpt.bacgiang.cskh.base.KeptFigures;
import vn.vnpt.bacgiang.cskh.base.RunsOnEveryNode;

/**
 * The home page's customer figures per scope, kept at most {@link KeptFigures#MAX_AGE} old instead of counted per view
 * (decision 0033: three counts over the province's million customers cost most of a centre manager's home page).
 * A job recounts every scope read so far ({@code portal.customer.summary.cron}, every 30 s; "-" off; at most one
 * scope per unit); an older figure, or one counted later than the clock's now, is counted again on read; an import
 * or an indicator refresh drops them all.
 */
@Component
class KeptCustomerSummaries {

    private final CustomerRepository customers;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    KeptCustomerSummaries(CustomerRepository customers, Clock clock, ApplicationEventPublisher events) {
        this.customers = customers;
        this.clock = clock;
        this.events = events;
    }

    CustomerSummary of(String scope) {
        Instant now = clock.instant();
        Kept latest = kept.get(scope);
        if (latest != null && KeptFigures.fresh(latest.countedAt(), now)) {
            return latest.summary();
        }
        return count(scope, now).summary();
    }

    /**
     * Customers are being added or changed: every kept figure, here and in other modules, is dropped now and again
     * when the transaction ends, committed or rolled back (a figure counted in between may have counted what it rolls
     * back), through {@link CustomersChanged}.
     */
    void drop() {
        events.publishEvent(new CustomersChanged());
    }

    @EventListener
    void customersChanging(CustomersChanged change) {
        kept.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void customersChanged(CustomersChanged change) {
        kept.clear();
    }

    @RunsOnEveryNode // what it refreshes is this node's memory
    @Scheduled(cron = "${portal.customer.summary.cron:*/30 * * * * *}")
    void refresh() {
        kept.keySet().forEach(scope -> count(scope, clock.instant()));
    }

    private Kept count(String scope, Instant now) {
        Kept counted = new Kept(new CustomerSummary(customers.countInScope(scope),
                customers.countByRiskInScope(ChurnRisk.HIGH, scope), customers.countOverdueInScope(scope)), now);
        kept.put(scope, counted);
        return counted;
    }

    private record Kept(CustomerSummary summary, Instant countedAt) {
    }
}
