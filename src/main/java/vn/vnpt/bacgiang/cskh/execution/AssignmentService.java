package vn.vnpt.bacgiang.cskh.execution;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.audit.Auditable;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * A sales manager assigns their unit's open care tasks to the unit's care staff (those with the
 * care staff role in the sales department or one of its stores): evenly, by the store that manages
 * the customer, or selected rows by hand; and moves a staff member's open tasks to another or
 * spreads them among the others. Each bulk operation is one SQL update and one audit entry with
 * the open tasks per staff member before and after.
 */
@Service
@PreAuthorize(Permissions.HAS_TASK_ASSIGN)
@Transactional(readOnly = true)
public class AssignmentService {

    private static final String UNASSIGNED = "(chưa giao)";

    private static final String ENDED = "execution.campaign.ended";
    /** The assignment page's order: the unassigned first, then the soonest due. */
    private static final String ORDER = "t.assignee_id IS NOT NULL, t.due_at, t.id";

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TaskStatistics statistics;
    private final AssignmentNotices notices;
    private final ProgressSnapshot snapshot;
    private final Clock clock;

    AssignmentService(JdbcTemplate jdbc, CurrentUser currentUser, AuditTrail audit, TaskStatistics statistics,
                      AssignmentNotices notices, ProgressSnapshot snapshot, Clock clock) {
        this.snapshot = snapshot;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.statistics = statistics;
        this.notices = notices;
        this.clock = clock;
    }

    /** The campaigns in execution that hold tasks of the manager's unit. */
    public List<ExecutionCampaign> campaigns() {
        return jdbc.query("SELECT cp.id, cp.name, cp.state FROM campaign cp WHERE cp.state = 'EXECUTION' AND EXISTS "
                        + "(SELECT 1 FROM care_task t WHERE t.campaign_id = cp.id AND t.unit_id = ?) ORDER BY cp.name",
                (rs, n) -> new ExecutionCampaign(rs.getLong(1), rs.getString(2),
                        CampaignState.valueOf(rs.getString(3))), unitId());
    }

    /** The care staff of the manager's unit and its stores, by name. */
    public List<StaffMember> staff() {
        PortalUser user = currentUser.require();
        return jdbc.query("SELECT a.id, a.full_name, u.id, u.name FROM user_account a "
                        + "JOIN user_role r ON r.user_id = a.id AND r.role = 'CARE_STAFF' JOIN unit u ON u.id = a.unit_id "
                        + "WHERE a.enabled AND u.path LIKE ? ORDER BY a.full_name, a.id",
                (rs, n) -> new StaffMember(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
                user.unitPath() + "%");
    }

    /** The campaign's open tasks in the unit per staff member id (0 for the unassigned ones). */
    public Map<Long, Long> openLoads(long campaignId) {
        Map<Long, Long> loads = new LinkedHashMap<>();
        jdbc.query("SELECT COALESCE(assignee_id, 0), COUNT(*) FROM care_task WHERE campaign_id = ? AND unit_id = ? "
                + "AND state = 'OPEN' GROUP BY assignee_id", row -> {
                    loads.put(row.getLong(1), row.getLong(2));
                }, campaignId, unitId());
        return loads;
    }

    /** A page of the campaign's open tasks in the unit, the unassigned first, then the soonest due. */
    public List<AssignmentRow> openTasks(long campaignId, @Nullable Long assigneeId, int offset, int limit) {
        return openTasks(campaignId, assigneeId, UnitTaskFilter.OPEN, offset, limit);
    }

    /** A page of the campaign's open tasks in the unit that the filter keeps, ordered as {@link #openTasks}. */
    public List<AssignmentRow> openTasks(long campaignId, @Nullable Long assigneeId, UnitTaskFilter filter, int offset,
                                        int limit) {
        List<Object> args = new ArrayList<>();
        String where = openWhere(campaignId, assigneeId, filter, args);
        args.add(limit);
        args.add(offset);
        // the page is picked from the tasks alone, then joined to its fifty customers: sorting a unit's 20 000 open
        // tasks by customer name joined every one of them to the million customers (180 ms alone, 0.4 s under load)
        return jdbc.query("SELECT t.id, c.code, c.name, c.commune, u.name AS managing, a.full_name, t.state, t.due_at "
                        + "FROM (SELECT t.id, t.customer_id, t.assignee_id, t.state, t.due_at FROM care_task t WHERE "
                        + where + " ORDER BY " + ORDER + " LIMIT ? OFFSET ?) t "
                        + "JOIN customer c ON c.id = t.customer_id JOIN unit u ON u.id = c.unit_id "
                        + "LEFT JOIN user_account a ON a.id = t.assignee_id ORDER BY " + ORDER,
                (rs, n) -> new AssignmentRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), TaskState.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC)), args.toArray());
    }

    /** How many of the campaign's open tasks in the unit the filter keeps (of one staff member, when given). */
    public long count(long campaignId, @Nullable Long assigneeId, UnitTaskFilter filter) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM care_task t WHERE "
                + openWhere(campaignId, assigneeId, filter, args), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private String openWhere(long campaignId, @Nullable Long assigneeId, UnitTaskFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder("t.campaign_id = ? AND t.unit_id = ? AND t.state = 'OPEN'");
        args.add(campaignId);
        args.add(unitId());
        if (assigneeId != null) {
            where.append(" AND t.assignee_id = ?");
            args.add(assigneeId);
        }
        switch (filter) {
            case OPEN -> {
            }
            case UNASSIGNED -> where.append(" AND t.assignee_id IS NULL");
            case OVERDUE -> {
                // DATETIME columns hold UTC wall time
                where.append(" AND t.due_at < ?");
                args.add(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            }
        }
        return where.toString();
    }

    /** Spreads the campaign's unassigned open tasks of the unit evenly among the given staff; returns how many. */
    @Transactional
    public int assignEvenly(long campaignId, Collection<Long> staffIds) {
        ExecutionCampaign.requireOpen(jdbc, campaignId, ENDED);
        List<StaffMember> chosen = chosen(staffIds);
        Map<String, Object> before = campaignLoads(campaignId);
        AssignmentNotices.Batch batch = notices.ofCampaign(campaignId, unitId());
        int assigned = spread(chosen, "t.campaign_id = ? AND t.unit_id = ? AND t.assignee_id IS NULL", campaignId,
                unitId());
        audited(campaignId, before, "Chia đều " + assigned + " nhiệm vụ chăm sóc cho " + chosen.size() + " nhân viên");
        batch.send();
        return assigned;
    }

    /**
     * Gives each unassigned open task to the staff of the store that manages the customer (evenly
     * among them); customers of the department itself or of a store without care staff are spread
     * evenly among all the unit's staff. Returns how many were assigned.
     */
    @Transactional
    public int assignByStore(long campaignId) {
        ExecutionCampaign.requireOpen(jdbc, campaignId, ENDED);
        List<StaffMember> all = staff();
        if (all.isEmpty()) {
            throw new RuleViolation("execution.assign.noStaff", null);
        }
        Map<String, Object> before = campaignLoads(campaignId);
        AssignmentNotices.Batch batch = notices.ofCampaign(campaignId, unitId());
        Map<Long, List<StaffMember>> byStore = all.stream().filter(member -> member.unitId() != unitId())
                .collect(Collectors.groupingBy(StaffMember::unitId, LinkedHashMap::new, Collectors.toList()));
        int assigned = 0;
        for (var store : byStore.entrySet()) {
            assigned += spread(store.getValue(), "t.campaign_id = ? AND t.unit_id = ? AND t.assignee_id IS NULL "
                    + "AND t.customer_id IN (SELECT c.id FROM customer c WHERE c.unit_id = ?)", campaignId, unitId(),
                    store.getKey());
        }
        assigned += spread(all, "t.campaign_id = ? AND t.unit_id = ? AND t.assignee_id IS NULL", campaignId,
                unitId());
        audited(campaignId, before, "Giao " + assigned + " nhiệm vụ chăm sóc theo cửa hàng quản lý khách hàng");
        batch.send();
        return assigned;
    }

    /** Gives the selected open tasks of the campaign in the unit to one staff member; returns how many. */
    @Transactional
    public int assignSelected(long campaignId, Collection<Long> taskIds, long staffId) {
        if (taskIds.isEmpty()) {
            throw new RuleViolation("execution.assign.nothingSelected", null);
        }
        ExecutionCampaign.requireOpen(jdbc, campaignId, ENDED);
        StaffMember member = chosen(List.of(staffId)).getFirst();
        Map<String, Object> before = campaignLoads(campaignId);
        AssignmentNotices.Batch batch = notices.ofCampaign(campaignId, unitId());
        List<Object> args = new ArrayList<>(List.of(staffId, campaignId, unitId()));
        args.addAll(taskIds);
        int assigned = jdbc.update("UPDATE care_task SET assignee_id = ?, version = version + 1, "
                + "updated_at = CURRENT_TIMESTAMP(6) WHERE campaign_id = ? AND unit_id = ? AND state = 'OPEN' AND id IN ("
                + taskIds.stream().map(id -> "?").collect(Collectors.joining(",")) + ")", args.toArray());
        audited(campaignId, before, "Giao " + assigned + " nhiệm vụ chăm sóc đã chọn cho " + member.name());
        batch.send();
        return assigned;
    }

    /**
     * Moves every open task of the unit assigned to one staff member (e.g. on leave), in every
     * campaign, to another, or without one spreads them evenly among the unit's other staff. Tasks
     * of closed or cancelled campaigns stay where they are.
     */
    @Transactional
    public int reassign(long fromStaffId, @Nullable Long toStaffId) {
        StaffMember from = chosen(List.of(fromStaffId)).getFirst();
        List<StaffMember> to = toStaffId == null
                ? staff().stream().filter(member -> member.id() != fromStaffId).toList()
                : chosen(List.of(toStaffId));
        if (to.isEmpty() || to.stream().anyMatch(member -> member.id() == fromStaffId)) {
            throw new RuleViolation("execution.assign.noOtherStaff", "to");
        }
        List<StaffMember> involved = new ArrayList<>(to);
        involved.add(from);
        Map<String, Object> before = staffLoads(involved);
        AssignmentNotices.Batch batch = notices.ofHandover(unitId(), from, to);
        int moved = spread(to, "t.unit_id = ? AND t.assignee_id = ? AND t.campaign_id IN (SELECT cp.id FROM campaign cp "
                + "WHERE cp.state NOT IN ('CLOSED', 'CANCELLED'))", unitId(), fromStaffId);
        Reassignment record = new Reassignment(unitId(), fromStaffId, this, involved);
        audit.updated(record, before, "Chuyển " + moved + " nhiệm vụ chăm sóc đang mở của " + from.name() + " cho "
                + to.stream().map(StaffMember::name).collect(Collectors.joining(", ")));
        batch.send();
        return moved;
    }

    /**
     * Assigns the open tasks matching the condition round-robin over the staff in id order: the
     * n-th task (by id) goes to staff member n mod k. One UPDATE whatever the number of tasks.
     */
    private int spread(List<StaffMember> unordered, String condition, Object... args) {
        if (unordered.isEmpty()) {
            return 0;
        }
        List<StaffMember> staff = unordered.stream().sorted(java.util.Comparator.comparingLong(StaffMember::id))
                .toList();
        StringBuilder pick = new StringBuilder("CASE MOD(r.n, ").append(staff.size()).append(")");
        List<Object> params = new ArrayList<>(List.of(args));
        for (int i = 0; i < staff.size(); i++) {
            pick.append(" WHEN ").append(i).append(" THEN ?");
            params.add(staff.get(i).id());
        }
        pick.append(" END");
        int assigned = jdbc.update("UPDATE care_task u JOIN (SELECT t.id, ROW_NUMBER() OVER (ORDER BY t.id) - 1 AS n "
                + "FROM care_task t WHERE " + condition + " AND t.state = 'OPEN') r ON r.id = u.id "
                + "SET u.assignee_id = " + pick + ", u.version = u.version + 1, u.updated_at = CURRENT_TIMESTAMP(6)",
                params.toArray());
        statistics.bulkChanged(assigned);
        return assigned;
    }

    private List<StaffMember> chosen(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            throw new RuleViolation("execution.assign.noStaff", "staff");
        }
        Map<Long, StaffMember> unitStaff = staff().stream()
                .collect(Collectors.toMap(StaffMember::id, member -> member));
        List<StaffMember> chosen = new ArrayList<>();
        for (long id : staffIds.stream().distinct().sorted().toList()) {
            StaffMember member = unitStaff.get(id);
            if (member == null) {
                throw new RuleViolation("execution.assign.notUnitStaff", "staff");
            }
            chosen.add(member);
        }
        return chosen;
    }

    /** Audits an assignment in the manager's unit and has its figures refreshed once it commits. */
    private void audited(long campaignId, Map<String, Object> before, String summary) {
        snapshot.changed(campaignId, unitId());
        audit.updated(new Assignment(campaignId, unitId(), this), before, summary + " (chương trình " + campaignId
                + ")");
    }

    /** Open tasks of the campaign in the unit per staff name, the unassigned under their own key. */
    Map<String, Object> campaignLoads(long campaignId) {
        Map<Long, String> names = staff().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::name));
        Map<String, Object> loads = new LinkedHashMap<>();
        openLoads(campaignId).forEach((id, count) -> loads.put(id == 0 ? UNASSIGNED
                : names.getOrDefault(id, "#" + id), count));
        return loads;
    }

    /** Open tasks of the unit, in every campaign, per staff member. */
    Map<String, Object> staffLoads(List<StaffMember> staff) {
        Map<String, Object> loads = new LinkedHashMap<>();
        for (StaffMember member : staff) {
            loads.put(member.name(), jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE assignee_id = ? "
                    + "AND state = 'OPEN' AND unit_id = ?", Long.class, member.id(), unitId()));
        }
        return loads;
    }

    private long unitId() {
        return currentUser.require().unitId();
    }

    /** The audit trail's record of an assignment of a campaign's tasks in a unit: open tasks per staff member. */
    private record Assignment(long campaignId, long unitId, AssignmentService service) implements Auditable {

        @Override
        public String auditType() {
            return "CareAssignment";
        }

        @Override
        public String auditId() {
            return campaignId + "/" + unitId;
        }

        @Override
        public Map<String, Object> auditState() {
            return service.campaignLoads(campaignId);
        }
    }

    /** The audit trail's record of a reassignment: open tasks of the staff involved. */
    private record Reassignment(long unitId, long fromStaffId, AssignmentService service, List<StaffMember> involved)
            implements Auditable {

        @Override
        public String auditType() {
            return "CareAssignment";
        }

        @Override
        public String auditId() {
            return "staff/" + fromStaffId;
        }

        @Override
        public Map<String, Object> auditState() {
            return service.staffLoads(Objects.requireNonNull(involved));
        }
    }
}
