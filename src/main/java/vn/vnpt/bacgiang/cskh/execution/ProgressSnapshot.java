package vn.vnpt.bacgiang.cskh.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.base.AfterCommitWork;
import vn.vnpt.bacgiang.cskh.campaign.CampaignMoved;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/**
 * Keeps {@code unit_progress_snapshot} and {@code staff_progress_snapshot}: per campaign and executing unit, and
 * per unit and care staff member, the sums of {@link ProgressService#FIGURES} as of a time (decisions 0027, 0051).
 * Rewritten for every live campaign by a job ({@code portal.execution.figures.cron}, every 30 s; "-" off), for a campaign once a move of it
 * commits (its tasks created, or closed as not done), and for a campaign's unit once a user's change to
 * its tasks commits, so a dashboard's figures are at most a job's interval old and the user's own change
 * shows a moment later (at most {@link #GAP} later while the unit is busy). The tasks are read with a plain
 * (non-locking) select and the rows written in a transaction of their own, so a refresh never waits on or holds a
 * care task's lock; a failed refresh is logged and left to the next run, it never undoes the change that asked for it.
 *
 * <p>The refreshes a commit asks for run on a thread of their own, one after the other (decision 0044). Run on the
 * committing thread, they needed a second pooled connection while the first was still held: the load test's 300 users
 * had every connection held by a request waiting for another, and the portal stood still until the pool's timeout.
 * A unit is refreshed at once after a quiet spell, then at most every {@link #GAP} while its staff keep saving, the
 * changes meanwhile together (decision 0047): at 500 users the refreshes, each reading a unit's 40 000 tasks, took a
 * fifth of MariaDB's time.
 */
@Component
class ProgressSnapshot implements AfterCommitWork {

    /** The least time between two refreshes of a unit for its changes. */
    static final Duration GAP = Duration.ofSeconds(15);

    static final Set<CampaignState> LIVE =
            Set.of(CampaignState.EXECUTION, CampaignState.SUPERVISION, CampaignState.EVALUATION);

    private static final Logger log = LoggerFactory.getLogger(ProgressSnapshot.class);
    /** Into a snapshot table (%1$s), with the assignee column (%2$s) and its value (%3$s) for the staff rows. */
    private static final String INSERT = "INSERT INTO %1$s (campaign_id, unit_id, %2$stasks, unassigned, contacted, "
            + "reached, accepted, rating_sum, ratings, gifts, sms, contact_count, open_tasks, not_done, gift_spend, "
            + "taken_at) VALUES (?, ?, %3$s?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    /** (campaign, unit) pairs whose change has committed and awaits its refresh; a null unit is the whole campaign. */
    private final Set<Changed> pending = ConcurrentHashMap.newKeySet();
    /** When each (campaign, unit) was last refreshed for a change, in {@link System#nanoTime()}. */
    private final Map<Changed, Long> refreshedAt = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("progress-snapshot").daemon().factory());

    private record Changed(long campaignId, @Nullable Long unitId) {
    }

    ProgressSnapshot(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    @Scheduled(cron = "${portal.execution.figures.cron:*/30 * * * * *}")
    void refreshLive() {
        List<Long> live = jdbc.queryForList("SELECT id FROM campaign WHERE state IN ('EXECUTION', 'SUPERVISION', "
                + "'EVALUATION')", Long.class);
        live.forEach(campaign -> refresh(campaign, null));
    }

    /** A move may have created the campaign's tasks (into execution) or closed them (into evaluation). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onMove(CampaignMoved moved) {
        if (LIVE.contains(moved.to()) || LIVE.contains(moved.from())) {
            later(List.of(new Changed(moved.campaignId(), null)));
        }
    }

    /** Refreshes the campaign's unit once the current transaction commits (at once outside one). */
    void changed(long campaignId, long unitId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(campaignId, unitId);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Changed> committing = (Set<Changed>) TransactionSynchronizationManager.getResource(this);
        if (committing == null) {
            Set<Changed> units = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, units);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    later(units);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ProgressSnapshot.this);
                }
            });
            committing = units;
        }
        committing.add(new Changed(campaignId, unitId));
    }

    /**
     * Hands committed changes to the refresher thread: a unit's {@link #GAP} after its previous refresh, a whole
     * campaign's (a move) at once.
     */
    private void later(Collection<Changed> changes) {
        long now = System.nanoTime();
        for (Changed changed : changes) {
            if (pending.add(changed)) {
                Long last = changed.unitId() == null ? null : refreshedAt.get(changed);
                long wait = last == null ? 0 : Math.max(0, last + GAP.toNanos() - now);
                refresher.schedule(() -> refreshChanged(changed), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** Refreshes a change still pending: the tests' wait may have refreshed it before its time came. */
    private void refreshChanged(Changed changed) {
        if (pending.remove(changed)) {
            refreshedAt.put(changed, System.nanoTime());
            refresh(changed.campaignId(), changed.unitId());
        }
    }

    /** Refreshes every pending change now, and returns once every change committed so far is in the snapshot. */
    @Override
    public void awaitDone() {
        try {
            refresher.submit(() -> List.copyOf(pending).forEach(this::refreshChanged)).get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the progress snapshot's refreshes did not finish", e);
        }
    }

    /**
     * Rewrites the campaign's rows, or one unit's, from one reading of its care tasks now, grouped by unit and
     * assignee: the staff rows as read, the unit rows their sums.
     */
    void refresh(long campaignId, @Nullable Long unitId) {
        String unit = unitId == null ? "" : " AND t.unit_id = ?";
        Object[] args = unitId == null ? new Object[] {campaignId} : new Object[] {campaignId, unitId};
        try {
            Map<Long, Object[]> units = new LinkedHashMap<>();
            List<Object[]> staff = new ArrayList<>();
            Timestamp takenAt = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ownTransaction.executeWithoutResult(status -> {
                jdbc.query("SELECT t.unit_id, t.assignee_id, " + ProgressService.FIGURES + " FROM care_task t "
                        + "WHERE t.campaign_id = ?" + unit + " GROUP BY t.unit_id, t.assignee_id", row -> {
                            long unitOf = row.getLong("unit_id");
                            Object[] figures = figures(row);
                            // getLong reads a null assignee as 0, the staff row of the tasks nobody is assigned
                            staff.add(withKeys(campaignId, unitOf, row.getLong("assignee_id"), figures, takenAt));
                            Object[] sums = units.computeIfAbsent(unitOf, key -> new Object[figures.length]);
                            for (int figure = 0; figure < figures.length; figure++) {
                                sums[figure] = plus(sums[figure], figures[figure]);
                            }
                        }, args);
                String rows = " WHERE campaign_id = ?" + (unitId == null ? "" : " AND unit_id = ?");
                jdbc.update("DELETE FROM unit_progress_snapshot" + rows, args);
                jdbc.update("DELETE FROM staff_progress_snapshot" + rows, args);
                jdbc.batchUpdate(INSERT.formatted("unit_progress_snapshot", "", ""), units.entrySet().stream()
                        .map(sums -> withKeys(campaignId, sums.getKey(), null, sums.getValue(), takenAt)).toList());
                jdbc.batchUpdate(INSERT.formatted("staff_progress_snapshot", "assignee_id, ", "?, "), staff);
            });
        } catch (DataAccessException failed) {
            log.warn("Progress snapshot of campaign {} (unit {}) not refreshed; the next run retries: {}", campaignId,
                    unitId, failed.getMessage());
        }
    }

    /** A row's figures in the order of {@link #INSERT}'s columns; the rating sum is null when nobody rated. */
    private static Object[] figures(ResultSet row) throws SQLException {
        return new Object[] {row.getLong("tasks"), row.getLong("unassigned"), row.getLong("contacted"),
                row.getLong("reached"), row.getLong("accepted"),
                row.getObject("rating_sum") == null ? null : row.getLong("rating_sum"), row.getLong("ratings"),
                row.getLong("gifts"), row.getLong("sms"), row.getLong("contact_count"), row.getLong("open"),
                row.getLong("not_done"), row.getLong("gift_spend")};
    }

    private static @Nullable Object plus(@Nullable Object sum, @Nullable Object figure) {
        return sum == null ? figure : figure == null ? sum : (Long) sum + (Long) figure;
    }

    /** The row's values: campaign, unit, the assignee (0 for no one) when it is a staff row, figures, time taken. */
    private static Object[] withKeys(long campaignId, long unitId, @Nullable Long assigneeId, Object[] figures,
            Timestamp takenAt) {
        List<Object> values = new ArrayList<>(List.of(campaignId, unitId));
        if (assigneeId != null) {
            values.add(assigneeId);
        }
        values.addAll(Arrays.asList(figures));
        values.add(takenAt);
        return values.toArray();
    }
}
