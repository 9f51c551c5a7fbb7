package vn.vnpt.bacgiang.cskh.scorecard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.vnpt.bacgiang.cskh.base.KeptFigures;
import vn.vnpt.bacgiang.cskh.base.RunsOnEveryNode;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/**
 * Counts the scorecard and keeps the latest count with its summary (decisions 0033, 0046): a job counts every 30 s
 * ({@code portal.scorecard.summary.cron}, "-" off), so the dashboards and the scorecard view read a card at most
 * {@link KeptFigures#MAX_AGE} old instead of counting per view; an older one, or one "taken" later than the clock's
 * now (a test's stopped clock), is counted again on read. Every count replaces it; new thresholds drop it.
 */
@Component
class KeptScorecard {

    private final ScorecardFigures figures;
    private final ScorecardSnapshots snapshots;
    private final ThresholdRepository thresholds;
    private final Clock clock;
    private @Nullable Kept kept;
    private long generation;

    KeptScorecard(ScorecardFigures figures, ScorecardSnapshots snapshots, ThresholdRepository thresholds, Clock clock) {
        this.figures = figures;
        this.snapshots = snapshots;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    private record Kept(CoordinationScorecard card, ScorecardSummary summary) {
    }

    /** The whole scorecard counted now; it is kept unless thresholds changed while it counted. */
    CoordinationScorecard count() {
        return countKept().card();
    }

    private Kept countKept() {
        long countedIn;
        synchronized (this) {
            countedIn = generation;
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(VnFormats.ZONE).toLocalDate();
        Map<Metric, Threshold> limits = thresholds.findAll().stream()
                .collect(Collectors.toMap(Threshold::getMetric, Function.identity(), (a, b) -> a,
                        () -> new EnumMap<>(Metric.class)));
        @Nullable LocalDate previousOn = snapshots.latestOnOrBefore(today.minusDays(ScorecardFigures.PERIOD_DAYS));
        Map<Long, Map<Metric, Long>> previous = previousOn == null ? Map.of() : snapshots.on(previousOn);
        List<ScorecardRow> rows = figures.at(now).stream().map(unit -> {
            Map<Metric, Level> levels = new EnumMap<>(Metric.class);
            unit.values().forEach((metric, value) -> {
                Threshold limit = limits.get(metric);
                levels.put(metric, limit == null ? Level.OK : limit.level(value));
            });
            return new ScorecardRow(unit.unitId(), unit.unitName(), unit.side(), unit.values(), levels,
                    previous.get(unit.unitId()));
        }).toList();
        CoordinationScorecard card = new CoordinationScorecard(now, ScorecardFigures.periodFrom(today), today,
                figures.notStartedDays(), previousOn, rows);
        Kept counted = new Kept(card, ScorecardSummary.of(card));
        synchronized (this) {
            if (generation == countedIn) {
                kept = counted;
            }
        }
        return counted;
    }

    /** The kept card while it is at most {@link KeptFigures#MAX_AGE} old, else a new count. */
    CoordinationScorecard card() {
        return latest().card();
    }

    /** The kept card's summary while it is at most {@link KeptFigures#MAX_AGE} old, else a new count's. */
    ScorecardSummary summary() {
        return latest().summary();
    }

    private Kept latest() {
        Kept latest;
        synchronized (this) {
            latest = kept;
        }
        if (latest != null && KeptFigures.fresh(latest.card().asOf(), clock.instant())) {
            return latest;
        }
        return countKept();
    }

    /**
     * Thresholds are changing: drops the kept summary and any count under way, now and again once the change
     * commits (a count in between still read the old thresholds).
     */
    void drop() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        }
    }

    private synchronized void forget() {
        kept = null;
        generation++;
    }

    @RunsOnEveryNode // what it refreshes is this node's memory
    @Scheduled(cron = "${portal.scorecard.summary.cron:*/30 * * * * *}")
    void refresh() {
        count();
    }
}
