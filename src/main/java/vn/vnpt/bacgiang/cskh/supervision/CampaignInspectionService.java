package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * A campaign's inspection plan for its step 7 tab: supervisors, ĐHNV and the Director read every
 * unit's inspections, a unit's manager those of their unit (and below it).
 */
@Service
@PreAuthorize(Permissions.HAS_INSPECTION_READ)
@Transactional(readOnly = true)
public class CampaignInspectionService {

    private static final String PLAN = """
            SELECT i.id, i.unit_name, i.supervisor_name, i.planned_on, i.state, i.score, i.knocked_out,
                   (SELECT COUNT(*) FROM finding f WHERE f.inspection_id = i.id) AS findings,
                   (SELECT COUNT(*) FROM corrective_action a JOIN finding f ON f.id = a.finding_id
                    WHERE f.inspection_id = i.id AND a.state <> 'VERIFIED') AS open_actions,
                   (SELECT COUNT(*) FROM corrective_action a JOIN finding f ON f.id = a.finding_id
                    WHERE f.inspection_id = i.id AND a.state IN ('OPEN', 'REOPENED') AND a.due_on < ?) AS overdue
            FROM inspection i WHERE i.campaign_id = ? AND i.unit_path LIKE ? AND (? IS NULL OR i.unit_id = ?)
            ORDER BY i.unit_name, i.planned_on, i.id""";

    private static final String FINDINGS = """
            SELECT f.unit_id, i.planned_on, f.source_kind, f.item_text, f.staff_name, f.callbacks_unconfirmed,
                   f.knock_out, f.state, a.description, a.owner_name, a.due_on, a.state AS action_state
            FROM finding f JOIN inspection i ON i.id = f.inspection_id
            LEFT JOIN corrective_action a ON a.finding_id = f.id
            WHERE i.campaign_id = ? AND i.unit_path LIKE ?
            ORDER BY f.unit_id, i.planned_on, f.id""";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    CampaignInspectionService(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The campaign's inspections of the units the user sees, by unit and date. */
    public List<CampaignInspection> plan(long campaignId) {
        return inspections(campaignId, null);
    }

    /** The campaign's inspections of one unit the user sees, by date. */
    public List<CampaignInspection> ofUnit(long campaignId, long unitId) {
        return inspections(campaignId, unitId);
    }

    /**
     * Every finding of the campaign's inspections of the units the user sees, with its corrective action, by unit,
     * date of inspection and finding.
     */
    public List<CampaignFinding> findings(long campaignId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query(FINDINGS, (rs, n) -> {
            String actionState = rs.getString("action_state");
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            ActionState state = actionState == null ? null : ActionState.valueOf(actionState);
            return new CampaignFinding(rs.getLong("unit_id"), rs.getObject("planned_on", LocalDate.class),
                    FindingSource.valueOf(rs.getString("source_kind")), rs.getString("item_text"),
                    rs.getString("staff_name"), rs.getObject("callbacks_unconfirmed", Integer.class),
                    rs.getBoolean("knock_out"), FindingState.valueOf(rs.getString("state")),
                    rs.getString("description"), rs.getString("owner_name"), due, state,
                    state != null && state.pending() && due.isBefore(today));
        }, campaignId, currentUser.scope().pathPattern());
    }

    private List<CampaignInspection> inspections(long campaignId, @Nullable Long unitId) {
        return jdbc.query(PLAN, (rs, n) -> new CampaignInspection(rs.getLong("id"), rs.getString("unit_name"),
                        rs.getString("supervisor_name"), rs.getObject("planned_on", LocalDate.class),
                        InspectionState.valueOf(rs.getString("state")), rs.getBigDecimal("score"),
                        rs.getBoolean("knocked_out"), rs.getLong("findings"), rs.getLong("open_actions"),
                        rs.getLong("overdue")),
                LocalDate.now(clock), campaignId, currentUser.scope().pathPattern(), unitId, unitId);
    }
}
