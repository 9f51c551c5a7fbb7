package vn.vnpt.bacgiang.cskh.execution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Step 6's figures per campaign and executing unit for the dashboards, read from the progress snapshot
 * (decision 0027) instead of grouping the care tasks on every view: the campaigns in execution,
 * supervision or evaluation, the units in the user's scope (a sales manager their own unit, ĐHNV, the
 * Director and Admins every unit), with the time the oldest figure shown was taken. The figures are
 * {@link ProgressService}'s sums; the budget used is left to the progress view.
 */
@Service
@PreAuthorize(Permissions.HAS_PROGRESS_READ)
@Transactional(readOnly = true)
public class UnitFigures {

    private static final String READ = """
            SELECT s.campaign_id, c.name AS campaign_name, c.state, s.unit_id, u.name AS unit_name,
                   s.tasks, s.unassigned, s.contacted, s.reached, s.accepted, s.rating_sum, s.ratings, s.gifts,
                   s.sms, s.contact_count, s.open_tasks AS open, s.not_done, s.taken_at,
                   sh.quota, sh.reach_rate, sh.success_rate
              FROM unit_progress_snapshot s
              JOIN campaign c ON c.id = s.campaign_id
              JOIN unit u ON u.id = s.unit_id
              LEFT JOIN campaign_share sh ON sh.campaign_id = s.campaign_id AND sh.unit_id = s.unit_id
             WHERE c.state IN ('EXECUTION', 'SUPERVISION', 'EVALUATION')""";
    /** A scalar subquery, not EXISTS: MariaDB turned that into a semi-join scanning every care task (108 ms). */
    private static final String NEVER_TAKEN = """
            SELECT c.id FROM campaign c
             WHERE c.state IN ('EXECUTION', 'SUPERVISION', 'EVALUATION')
               AND NOT EXISTS (SELECT 1 FROM unit_progress_snapshot s WHERE s.campaign_id = c.id)
               AND (SELECT t.id FROM care_task t WHERE t.campaign_id = c.id LIMIT 1) IS NOT NULL""";

    private final JdbcTemplate jdbc;
    private final ProgressSnapshot snapshot;
    private final CurrentUser currentUser;

    UnitFigures(JdbcTemplate jdbc, ProgressSnapshot snapshot, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.snapshot = snapshot;
        this.currentUser = currentUser;
    }

    /**
     * Every live campaign's units in the user's scope, newest campaign first, units by name. A campaign
     * never snapshotted yet (the job has not run since the start) is taken first. Outside a transaction:
     * a read begun before that snapshot's commit would not see it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Snapshot live() {
        TaskScope scope = TaskScope.of(currentUser.require());
        jdbc.queryForList(NEVER_TAKEN, Long.class).forEach(campaign -> snapshot.refresh(campaign, null));
        List<Object> args = new ArrayList<>();
        String unit = scope.unitId() == null ? "" : " AND s.unit_id = ?";
        if (scope.unitId() != null) {
            args.add(scope.unitId());
        }
        List<Row> rows = new ArrayList<>();
        List<Instant> taken = new ArrayList<>();
        jdbc.query(READ + unit + " ORDER BY c.id DESC, u.name", row -> {
            taken.add(row.getObject("taken_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
            rows.add(new Row(row.getLong("campaign_id"), row.getString("campaign_name"),
                    CampaignState.valueOf(row.getString("state")), row.getLong("unit_id"), row.getString("unit_name"),
                    ProgressService.figures(row, 0), row.getLong("quota"),
                    row.getObject("reach_rate", Integer.class), row.getObject("success_rate", Integer.class)));
        }, args.toArray());
        return new Snapshot(rows, taken.stream().min(Comparator.naturalOrder()).orElse(null));
    }

    /** The figures shown and when the oldest of them was taken (none when there is nothing to show). */
    public record Snapshot(List<Row> rows, @Nullable Instant asOf) {

        public Snapshot {
            rows = List.copyOf(rows);
        }

        /** The rows of one campaign, in the order read. */
        public List<Row> of(long campaignId) {
            return rows.stream().filter(row -> row.campaignId() == campaignId).toList();
        }
    }

    /** One executing unit's figures in one campaign, against its share's quota and KPI targets (none without a share). */
    public record Row(long campaignId, String campaignName, CampaignState state, long unitId, String unitName,
                      Figures figures, long quota, @Nullable Integer reachTarget,
                      @Nullable Integer successTarget) {

        /** Reached against the quota in percent; none without a quota. */
        public @Nullable BigDecimal quotaRate() {
            return Figures.percent(figures.reached(), quota);
        }
    }
}
