package vn.vnpt.bacgiang.cskh.execution;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import vn.vnpt.bacgiang.cskh.campaign.CampaignMoved;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/**
 * Keeps {@code unit_progress_snapshot}: per campaign and executing unit the sums of
 * {@link ProgressService#FIGURES} as of a time (decision 0027). Rewritten for every live campaign by a
 * job ({@code portal.execution.figures.cron}, every 30 s; "-" off), for a campaign once a move of it
 * commits (its tasks created, or closed as not done), and for a campaign's unit once a user's change to
 * its tasks commits, so a dashboard's figures are at most a job's interval old and the user's own change
 * shows at once. The tasks are read with a plain (non-locking) select and the rows written in a
 * transaction of their own, so a refresh never waits on or holds a care task's lock; a failed refresh
 * is logged and left to the next run, it never undoes the change that asked for it.
 */
@Component
class ProgressSnapshot {

    static final Set<CampaignState> LIVE =
            Set.of(CampaignState.EXECUTION, CampaignState.SUPERVISION, CampaignState.EVALUATION);

    private static final Logger log = LoggerFactory.getLogger(ProgressSnapshot.class);
    private static final String INSERT = "INSERT INTO unit_progress_snapshot (campaign_id, unit_id, tasks, unassigned, "
            + "contacted, reached, accepted, rating_sum, ratings, gifts, sms, contact_count, open_tasks, not_done, "
            + "gift_spend, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ProgressSnapshot(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
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
            refresh(moved.campaignId(), null);
        }
    }

    /** Refreshes the campaign's unit once the current transaction commits (at once outside one); once per transaction. */
    void changed(long campaignId, long unitId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(campaignId, unitId);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<List<Long>> pending = (Set<List<Long>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<List<Long>> units = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, units);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    units.forEach(unit -> refresh(unit.get(0), unit.get(1)));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ProgressSnapshot.this);
                }
            });
            pending = units;
        }
        pending.add(List.of(campaignId, unitId));
    }

    /** Rewrites the campaign's rows, or one unit's, from its care tasks now. */
    void refresh(long campaignId, @Nullable Long unitId) {
        String unit = unitId == null ? "" : " AND t.unit_id = ?";
        Object[] args = unitId == null ? new Object[] {campaignId} : new Object[] {campaignId, unitId};
        try {
            List<Object[]> rows = new ArrayList<>();
            Timestamp takenAt = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ownTransaction.executeWithoutResult(status -> {
                jdbc.query("SELECT t.unit_id, " + ProgressService.FIGURES + " FROM care_task t WHERE t.campaign_id = ?"
                        + unit + " GROUP BY t.unit_id", row -> {
                            rows.add(new Object[] {campaignId, row.getLong("unit_id"), row.getLong("tasks"),
                                    row.getLong("unassigned"), row.getLong("contacted"), row.getLong("reached"),
                                    row.getLong("accepted"), row.getObject("rating_sum") == null ? null
                                    : row.getLong("rating_sum"), row.getLong("ratings"), row.getLong("gifts"),
                                    row.getLong("sms"), row.getLong("contact_count"), row.getLong("open"),
                                    row.getLong("not_done"), row.getLong("gift_spend"), takenAt});
                        }, args);
                jdbc.update("DELETE FROM unit_progress_snapshot WHERE campaign_id = ?"
                        + (unitId == null ? "" : " AND unit_id = ?"), args);
                jdbc.batchUpdate(INSERT, rows);
            });
        } catch (DataAccessException failed) {
            log.warn("Progress snapshot of campaign {} (unit {}) not refreshed; the next run retries: {}", campaignId,
                    unitId, failed.getMessage());
        }
    }
}
