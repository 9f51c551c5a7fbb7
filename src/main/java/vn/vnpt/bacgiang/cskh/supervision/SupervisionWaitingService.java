package vn.vnpt.bacgiang.cskh.supervision;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * What supervision waits on the signed-in user for (decision 0023), for the home page and the menu
 * badges: a supervisor's own inspections to fill or finish, disputes of their findings to answer and
 * actions on them to verify; a unit manager's (a sales manager of the unit or above it, or the unit's
 * head) findings to acknowledge and pending actions due. Dated items count from the reminder window of
 * {@link ActionReminders} on. One query, always within the user's scope.
 */
@Service
@PreAuthorize(Permissions.HAS_INSPECTION_READ)
@Transactional(readOnly = true)
public class SupervisionWaitingService {

    /** Each branch is one kind; the first two are the supervisor's, the last two the manager's. */
    private static final String WAITING = """
            SELECT CASE i.state WHEN 'DRAFT' THEN 'INSPECTION_TO_FINISH' ELSE 'INSPECTION_TO_FILL' END AS kind,
                   i.id AS record_id, i.id AS inspection_id, i.unit_name, i.campaign_name AS subject,
                   NULL AS callbacks_of, i.planned_on AS due_on
              FROM inspection i
             WHERE ? AND i.supervisor_id = ? AND i.unit_path LIKE ?
               AND (i.state = 'DRAFT' OR (i.state = 'PLANNED' AND i.planned_on <= ?))
            UNION ALL
            SELECT 'DISPUTE_TO_ANSWER', f.id, f.inspection_id, f.unit_name, IF(f.source_kind = 'CALLBACK', NULL, f.item_text), IF(f.source_kind = 'CALLBACK', f.staff_name, NULL), NULL
              FROM finding f
             WHERE ? AND f.state = 'DISPUTED' AND f.supervisor_id = ? AND f.unit_path LIKE ?
            UNION ALL
            SELECT 'ACTION_TO_VERIFY', a.id, f.inspection_id, a.unit_name, IF(f.source_kind = 'CALLBACK', NULL, f.item_text), IF(f.source_kind = 'CALLBACK', f.staff_name, NULL), NULL
              FROM corrective_action a JOIN finding f ON f.id = a.finding_id
             WHERE ? AND a.state = 'DONE' AND f.supervisor_id = ? AND a.unit_path LIKE ?
            UNION ALL
            SELECT 'FINDING_TO_ACKNOWLEDGE', f.id, f.inspection_id, f.unit_name, IF(f.source_kind = 'CALLBACK', NULL, f.item_text), IF(f.source_kind = 'CALLBACK', f.staff_name, NULL), NULL
              FROM finding f
             WHERE f.state = 'RAISED' AND f.unit_path LIKE ?
               AND ((? AND f.unit_path LIKE ?) OR f.unit_id IN (SELECT id FROM unit WHERE head_user_id = ?))
            UNION ALL
            SELECT 'ACTION_DUE', a.id, f.inspection_id, a.unit_name,
                   IF(f.source_kind = 'CALLBACK', NULL, f.item_text), IF(f.source_kind = 'CALLBACK', f.staff_name, NULL), a.due_on
              FROM corrective_action a JOIN finding f ON f.id = a.finding_id
             WHERE a.state IN ('OPEN', 'REOPENED') AND a.due_on <= ? AND a.unit_path LIKE ?
               AND ((? AND a.unit_path LIKE ?) OR a.unit_id IN (SELECT id FROM unit WHERE head_user_id = ?))
            ORDER BY due_on, kind, record_id""";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    SupervisionWaitingService(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Undated items (disputes, actions to verify, findings) first, then by date: the late before the due. */
    public List<WaitingItem> waitingOnMe() {
        PortalUser user = currentUser.require();
        String scope = user.scope().pathPattern();
        boolean supervisor = user.can(Permission.INSPECT);
        boolean salesManager = user.hasRole(Role.SALES_MANAGER);
        String managed = user.unitPath() + "%";
        Date until = Date.valueOf(LocalDate.now(clock).plusDays(ActionReminders.REMIND_DAYS));
        return jdbc.query(WAITING, (row, n) -> new WaitingItem(WaitingKind.valueOf(row.getString("kind")),
                        row.getLong("record_id"), row.getLong("inspection_id"), row.getString("unit_name"),
                        row.getString("subject"), row.getString("callbacks_of"),
                        row.getObject("due_on", LocalDate.class)),
                supervisor, user.id(), scope, until,
                supervisor, user.id(), scope,
                supervisor, user.id(), scope,
                scope, salesManager, managed, user.id(),
                until, scope, salesManager, managed, user.id());
    }

    /** How many of them the menu entry at {@code menuPath} holds. */
    public long count(String menuPath) {
        return waitingOnMe().stream().filter(item -> item.kind().menuPath().equals(menuPath)).count();
    }
}
