package vn.vnpt.bacgiang.cskh.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.audit.Auditable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignMoved;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/**
 * When a campaign enters execution, each executing unit's share of the frozen members becomes care
 * tasks of that unit: one {@code INSERT ... SELECT}, a task per member, inside the move's transaction
 * so that a failure rolls the move back. A member already holding a task keeps it. The tasks'
 * statistics are refreshed once the move commits ({@link TaskStatistics}).
 */
@Component
class Distribution {

    /** The working day's end, local time, a task is due by on the campaign's last day. */
    private static final LocalTime DAY_END = LocalTime.of(17, 0);

    private static final String INSERT_TASKS = """
            INSERT INTO care_task (campaign_id, customer_id, unit_id, state, vip_rank, due_at)
            SELECT m.campaign_id, m.customer_id, m.unit_id, 'OPEN',
                   CASE c.vip_tier WHEN 'DIAMOND' THEN 3 WHEN 'GOLD' THEN 2 WHEN 'SILVER' THEN 1 ELSE 0 END, ?
            FROM campaign_member m JOIN customer c ON c.id = m.customer_id
            WHERE m.campaign_id = ?
              AND NOT EXISTS (SELECT 1 FROM care_task t WHERE t.campaign_id = m.campaign_id
                                                          AND t.customer_id = m.customer_id)""";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final TaskStatistics statistics;

    Distribution(JdbcTemplate jdbc, AuditTrail audit, Clock clock, TaskStatistics statistics) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.statistics = statistics;
    }

    @EventListener
    void onMove(CampaignMoved moved) {
        if (moved.to() == CampaignState.EXECUTION) {
            distribute(moved.campaignId());
        }
    }

    /** Creates the campaign's missing tasks, due at the end of its period; returns how many. */
    int distribute(long campaignId) {
        Instant due = dueAt(campaignId);
        int created = jdbc.update(INSERT_TASKS, LocalDateTime.ofInstant(due, ZoneOffset.UTC), campaignId);
        statistics.bulkChanged(created);
        Map<String, Object> perUnit = new LinkedHashMap<>();
        jdbc.query("SELECT u.name, COUNT(*) FROM care_task t JOIN unit u ON u.id = t.unit_id WHERE t.campaign_id = ? "
                        + "GROUP BY u.name ORDER BY u.name",
                row -> {
                    perUnit.put(row.getString(1), row.getLong(2));
                }, campaignId);
        audit.created(new Distributed(campaignId, perUnit),
                "Giao " + created + " nhiệm vụ chăm sóc cho " + perUnit.size() + " đơn vị (chương trình " + campaignId
                        + ")");
        return created;
    }

    private Instant dueAt(long campaignId) {
        LocalDate last = jdbc.queryForObject("SELECT COALESCE(period_end, step_deadline) FROM campaign WHERE id = ?",
                LocalDate.class, campaignId);
        if (last == null) {
            return clock.instant().plus(Duration.ofDays(30));
        }
        return last.atTime(DAY_END).atZone(VnFormats.ZONE).toInstant();
    }

    /** The audit trail's record of one distribution: the campaign's tasks per unit. */
    private record Distributed(long campaignId, Map<String, Object> perUnit) implements Auditable {

        @Override
        public String auditType() {
            return "CareDistribution";
        }

        @Override
        public String auditId() {
            return String.valueOf(campaignId);
        }

        @Override
        public Map<String, Object> auditState() {
            return perUnit;
        }
    }
}
