package vn.vnpt.bacgiang.cskh.execution;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.audit.Auditable;
import vn.vnpt.bacgiang.cskh.campaign.CampaignMoved;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/**
 * When a campaign moves into evaluation (step 8), its care tasks still open are closed as not done:
 * one {@code UPDATE} inside the move's transaction, so that the evaluation counts what was really done
 * and the tasks leave the staff's worklists. Supervision (step 7) closes nothing: late contacts are
 * still logged then, dated, for the supervisor to see (docs/decisions/0022). One audit entry holds the
 * tasks closed per unit.
 */
@Component
class EvaluationCloseOut {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final TaskStatistics statistics;

    EvaluationCloseOut(JdbcTemplate jdbc, AuditTrail audit, TaskStatistics statistics) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.statistics = statistics;
    }

    @EventListener
    void onMove(CampaignMoved moved) {
        if (moved.to() == CampaignState.EVALUATION) {
            closeOpenTasks(moved.campaignId());
        }
    }

    /** Closes the campaign's open tasks as not done; returns how many. */
    int closeOpenTasks(long campaignId) {
        Map<String, Object> perUnit = new LinkedHashMap<>();
        jdbc.query("SELECT u.name, COUNT(*) FROM care_task t JOIN unit u ON u.id = t.unit_id WHERE t.campaign_id = ? "
                        + "AND t.state = 'OPEN' GROUP BY u.name ORDER BY u.name",
                row -> {
                    perUnit.put(row.getString(1), row.getLong(2));
                }, campaignId);
        if (perUnit.isEmpty()) {
            return 0;
        }
        int closed = jdbc.update("UPDATE care_task SET state = 'NOT_DONE', callback_at = NULL, version = version + 1, "
                + "updated_at = CURRENT_TIMESTAMP(6) WHERE campaign_id = ? AND state = 'OPEN'", campaignId);
        statistics.bulkChanged(closed);
        audit.stateChanged(new NotDone(campaignId, perUnit), Map.of("state", TaskState.OPEN.name()), "Đóng " + closed
                + " nhiệm vụ chăm sóc chưa thực hiện khi chương trình " + campaignId + " chuyển sang đánh giá");
        return closed;
    }

    /** The audit trail's record of one close-out: the campaign's tasks closed as not done per unit. */
    private record NotDone(long campaignId, Map<String, Object> perUnit) implements Auditable {

        @Override
        public String auditType() {
            return "CareTaskCloseOut";
        }

        @Override
        public String auditId() {
            return String.valueOf(campaignId);
        }

        @Override
        public Map<String, Object> auditState() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("state", TaskState.NOT_DONE.name());
            state.putAll(perUnit);
            return state;
        }
    }
}
