package vn.vnpt.bacgiang.cskh.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignOrientation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;
import vn.vnpt.bacgiang.cskh.campaign.ScriptService;
import vn.vnpt.bacgiang.cskh.campaign.ScriptTemplate;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * The care worklist and the contacts logged on tasks. Care staff work and read their own tasks,
 * sales managers read (and may log on) their unit's, ĐHNV, the Director and Admins read all of
 * them; Telecom Center staff none. A contact and its task's new state are saved together or not at
 * all, and a task changed since it was read is refused.
 */
@Service
@PreAuthorize(Permissions.HAS_CAMPAIGN_READ)
@Transactional(readOnly = true)
public class ExecutionService {

    private static final String ENDED = "execution.campaign.ended";
    private static final String ROW_COLUMNS = """
            t.id, t.version, t.campaign_id, cp.name AS campaign_name, t.customer_id, c.code, c.name, c.phone,
            c.vip_tier, t.due_at, t.failed_attempts, t.appointment_at, t.state""";
    private static final String CUSTOMER_TASK = """
            SELECT t.id, t.customer_id, t.campaign_id, t.unit_id, t.assignee_id, t.state, cp.name AS campaign_name,
            cp.state AS campaign_state, u.full_name AS assignee_name FROM care_task t
            JOIN campaign cp ON cp.id = t.campaign_id LEFT JOIN user_account u ON u.id = t.assignee_id
            """;
    /** How many of a task's latest contacts the customer page shows. */
    private static final int RECENT_CONTACTS = 5;

    private final CareTaskRepository tasks;
    private final CareContactRepository contacts;
    private final ScriptService scripts;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final AuditTrail audit;
    private final ProgressSnapshot snapshot;
    private final UnitFigures unitFigures;
    private final Clock clock;

    ExecutionService(CareTaskRepository tasks, CareContactRepository contacts, ScriptService scripts,
                     JdbcTemplate jdbc, CurrentUser currentUser, PortalI18NProvider i18n, AuditTrail audit,
                     Clock clock, ProgressSnapshot snapshot, UnitFigures unitFigures) {
        this.snapshot = snapshot;
        this.unitFigures = unitFigures;
        this.tasks = tasks;
        this.contacts = contacts;
        this.scripts = scripts;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in care staff member's open tasks, due first then VIP first, optionally of one campaign. */
    @PreAuthorize(Permissions.HAS_TASK_WORK)
    public List<WorklistRow> worklist(@Nullable Long campaignId, int offset, int limit) {
        return worklist(WorklistFilter.OPEN, campaignId, offset, limit);
    }

    /**
     * One part of the signed-in care staff member's worklist, optionally of one campaign: open tasks and
     * today's appointments due first then VIP first; tasks done today latest contact first.
     */
    @PreAuthorize(Permissions.HAS_TASK_WORK)
    public List<WorklistRow> worklist(WorklistFilter filter, @Nullable Long campaignId, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, campaignId, args);
        args.add(limit);
        args.add(offset);
        String order = filter == WorklistFilter.DONE_TODAY || filter == WorklistFilter.REACHED_THIS_WEEK
                || filter == WorklistFilter.REACHED
                ? "t.last_contact_at DESC, t.id"
                : "t.due_at, t.vip_rank DESC, t.id";
        return jdbc.query("SELECT " + ROW_COLUMNS + " FROM care_task t JOIN customer c ON c.id = t.customer_id "
                + "JOIN campaign cp ON cp.id = t.campaign_id WHERE " + where + " ORDER BY " + order
                + " LIMIT ? OFFSET ?", (rs, n) -> row(rs), args.toArray());
    }

    /** How many open tasks the signed-in care staff member has, optionally in one campaign. */
    @PreAuthorize(Permissions.HAS_TASK_WORK)
    public long openTasks(@Nullable Long campaignId) {
        return count(WorklistFilter.OPEN, campaignId);
    }

    /** How many tasks one part of the signed-in care staff member's worklist holds, optionally in one campaign. */
    @PreAuthorize(Permissions.HAS_TASK_WORK)
    public long count(WorklistFilter filter, @Nullable Long campaignId) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, campaignId, args);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM care_task t WHERE " + where, Long.class,
                args.toArray());
        return count == null ? 0 : count;
    }

    private String where(WorklistFilter filter, @Nullable Long campaignId, List<Object> args) {
        StringBuilder where = new StringBuilder("t.assignee_id = ?");
        args.add(currentUser.require().id());
        LocalDate today = LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
        switch (filter) {
            case OPEN -> where.append(" AND t.state = 'OPEN'");
            case DUE_TODAY -> {
                where.append(" AND t.state = 'OPEN' AND t.due_at < ?");
                args.add(utc(today.plusDays(1)));
            }
            case APPOINTMENTS_TODAY -> {
                where.append(" AND t.state = 'OPEN' AND t.appointment_at >= ? AND t.appointment_at < ?");
                args.add(utc(today));
                args.add(utc(today.plusDays(1)));
            }
            case DONE_TODAY -> {
                where.append(" AND t.last_contact_at >= ? AND t.last_contact_at < ?");
                args.add(utc(today));
                args.add(utc(today.plusDays(1)));
            }
            case REACHED_THIS_WEEK -> {
                // the contact that reached the customer completed the task and is its last one
                where.append(" AND t.state = 'COMPLETED' AND t.last_contact_at >= ? AND t.last_contact_at < ?");
                args.add(utc(monday(today)));
                args.add(utc(today.plusDays(1)));
            }
            case REACHED -> where.append(" AND t.state = 'COMPLETED' AND t.campaign_id IN "
                    + "(SELECT x.id FROM campaign x WHERE x.state = 'EXECUTION')");
        }
        if (campaignId != null) {
            where.append(" AND t.campaign_id = ?");
            args.add(campaignId);
        }
        return where.toString();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /**
     * The signed-in care staff member's share of the campaigns in execution: the tasks assigned to them, their
     * part of the unit's quota (the quota times their part of the unit's tasks, rounded up), those reached, and
     * how many of that quota should be reached by today and within this week (since Monday) on an even pace
     * over each campaign's period ({@link Pace}).
     */
    @PreAuthorize(Permissions.HAS_TASK_WORK)
    public MyShare myShare() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
        LocalDate lastSunday = monday(today).minusDays(1);
        long[] share = new long[5];
        jdbc.query("SELECT cp.period_start, cp.period_end, COUNT(*) AS mine, SUM(t.state = 'COMPLETED') AS reached, "
                + "MAX(s.quota) AS quota, (SELECT COUNT(*) FROM care_task u WHERE u.campaign_id = cp.id "
                + "AND u.unit_id = t.unit_id) AS unit_tasks FROM care_task t JOIN campaign cp ON cp.id = t.campaign_id "
                + "LEFT JOIN campaign_share s ON s.campaign_id = t.campaign_id AND s.unit_id = t.unit_id "
                + "WHERE t.assignee_id = ? AND cp.state = 'EXECUTION' "
                + "GROUP BY cp.id, cp.period_start, cp.period_end, t.unit_id", row -> {
                    long mine = row.getLong("mine");
                    long quota = Math.ceilDiv(row.getLong("quota") * mine, Math.max(1, row.getLong("unit_tasks")));
                    share[0] += mine;
                    share[1] += quota;
                    share[2] += row.getLong("reached");
                    LocalDate start = row.getObject(1, LocalDate.class);
                    LocalDate end = row.getObject(2, LocalDate.class);
                    if (start != null && end != null) {
                        long byToday = new Pace(start, end, today).expected(quota);
                        share[3] += byToday;
                        share[4] += byToday - new Pace(start, end, lastSunday).expected(quota);
                    }
                }, currentUser.require().id());
        return new MyShare(share[0], share[1], share[2], share[3], share[4]);
    }

    /** The start of a day in Vietnam as the UTC wall time the DATETIME columns hold. */
    private static LocalDateTime utc(LocalDate day) {
        return day.atStartOfDay(VnFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** The campaigns in which the signed-in care staff member has open tasks. */
    @PreAuthorize(Permissions.HAS_TASK_WORK)
    public List<ExecutionCampaign> worklistCampaigns() {
        return jdbc.query("SELECT cp.id, cp.name, cp.state FROM campaign cp WHERE cp.id IN (SELECT DISTINCT "
                        + "t.campaign_id FROM care_task t WHERE t.assignee_id = ? AND t.state = 'OPEN') ORDER BY cp.name",
                (rs, n) -> new ExecutionCampaign(rs.getLong(1), rs.getString(2),
                        vn.vnpt.bacgiang.cskh.campaign.CampaignState.valueOf(rs.getString(3))),
                currentUser.require().id());
    }

    /** Step 6's numbers for the user's home page; none for Telecom Center staff. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<HomeFigures> home() {
        PortalUser user = currentUser.require();
        TaskScope scope;
        try {
            scope = TaskScope.of(user);
        } catch (AccessDeniedException outside) {
            return java.util.Optional.empty();
        }
        if (scope.assigneeId() != null) {
            return java.util.Optional.of(new HomeFigures(true, openTasks(null), count(WorklistFilter.DUE_TODAY, null),
                    List.of()));
        }
        return java.util.Optional.of(new HomeFigures(false, 0, 0, runningFromSnapshot()));
    }

    /**
     * The campaigns in execution of the user's scope (the province, or a manager's unit) summed from the progress
     * snapshot (decision 0027): the province's tasks of a running campaign are hundreds of thousands of rows to add
     * up on each home page, a district department's tens of thousands (70 ms for TP Bắc Giang's 56 338).
     */
    private List<HomeFigures.Running> runningFromSnapshot() {
        Map<Long, HomeFigures.Running> running = new java.util.TreeMap<>();
        for (UnitFigures.Row row : unitFigures.live().rows()) {
            if (row.state() == vn.vnpt.bacgiang.cskh.campaign.CampaignState.EXECUTION) {
                HomeFigures.Running sum = running.get(row.campaignId());
                running.put(row.campaignId(), new HomeFigures.Running(row.campaignId(), row.campaignName(),
                        row.figures().tasks() + (sum == null ? 0 : sum.tasks()),
                        row.figures().reached() + (sum == null ? 0 : sum.reached()),
                        row.figures().unassigned() + (sum == null ? 0 : sum.unassigned())));
            }
        }
        return List.copyOf(running.values());
    }

    /** A task in the user's scope with the customer's facts, the filled-in scripts and the contacts so far. */
    public TaskDetails task(long taskId) {
        PortalUser user = currentUser.require();
        TaskScope scope = TaskScope.of(user);
        List<TaskFacts> found = jdbc.query("SELECT " + ROW_COLUMNS + ", t.unit_id, t.assignee_id, "
                + "t.last_outcome, c.services, c.customer_since, c.churn_risk, c.address, c.commune, c.birth_date "
                + "FROM care_task t JOIN customer c ON c.id = t.customer_id JOIN campaign cp ON cp.id = t.campaign_id "
                + "WHERE t.id = ?", (rs, n) -> facts(rs), taskId);
        if (found.isEmpty()) {
            throw new RecordNotFound("execution.task.notfound", taskId);
        }
        TaskFacts facts = found.getFirst();
        scope.require(facts.unitId(), facts.assigneeId());
        return details(facts, user);
    }

    /**
     * The contact history of a customer in a campaign, newest first, for a user whose scope covers
     * the customer's task (hand-offs copy it into their context packet).
     */
    public List<ContactRecord> contacts(long customerId, long campaignId) {
        TaskScope scope = TaskScope.of(currentUser.require());
        List<Long> taskIds = jdbc.query("SELECT id, unit_id, assignee_id FROM care_task WHERE campaign_id = ? "
                + "AND customer_id = ?", (rs, n) -> {
                    scope.require(rs.getLong(2), nullableLong(rs, "assignee_id"));
                    return rs.getLong(1);
                }, campaignId, customerId);
        return taskIds.isEmpty() ? List.of() : history(taskIds.getFirst());
    }

    /**
     * The customer's care tasks in the user's scope in the campaigns still running (execution to
     * evaluation), whatever the task's state, newest campaign first, each with its latest contacts.
     */
    public List<CustomerTask> customerTasks(long customerId) {
        List<Object> args = new ArrayList<>(List.of(customerId));
        String scope = TaskScope.of(currentUser.require()).where("t", args);
        return jdbc.query(CUSTOMER_TASK + "WHERE t.customer_id = ? AND cp.state IN ('EXECUTION', 'SUPERVISION', "
                        + "'EVALUATION')" + scope + " ORDER BY t.campaign_id DESC", (rs, n) -> customerTask(rs),
                args.toArray()).stream().map(task -> withContacts(task, RECENT_CONTACTS)).toList();
    }

    /**
     * One care task with all its contacts, for a user whose scope covers it (a hand-off links it and
     * copies its contacts); refused otherwise.
     */
    public CustomerTask customerTask(long taskId) {
        TaskScope scope = TaskScope.of(currentUser.require());
        List<CustomerTask> found = jdbc.query(CUSTOMER_TASK + "WHERE t.id = ?", (rs, n) -> {
            scope.require(rs.getLong("unit_id"), nullableLong(rs, "assignee_id"));
            return customerTask(rs);
        }, taskId);
        if (found.isEmpty()) {
            throw new RecordNotFound("execution.task.notfound", taskId);
        }
        return withContacts(found.getFirst(), Integer.MAX_VALUE);
    }

    private static CustomerTask customerTask(ResultSet rs) throws SQLException {
        return new CustomerTask(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("campaign_id"),
                rs.getString("campaign_name"), CampaignState.valueOf(rs.getString("campaign_state")),
                TaskState.valueOf(rs.getString("state")), rs.getString("assignee_name"), List.of());
    }

    private CustomerTask withContacts(CustomerTask task, int limit) {
        List<TaskContact> latest = jdbc.query("SELECT id, contacted_at, staff_name, channel, outcome, note "
                        + "FROM care_contact WHERE task_id = ? ORDER BY contacted_at DESC, id DESC LIMIT ?",
                (rs, n) -> new TaskContact(rs.getLong("id"), Objects.requireNonNull(instant(rs, "contacted_at")),
                        rs.getString("staff_name"), CareChannel.valueOf(rs.getString("channel")),
                        ContactOutcome.valueOf(rs.getString("outcome")), rs.getString("note")),
                task.taskId(), limit);
        return new CustomerTask(task.taskId(), task.customerId(), task.campaignId(), task.campaignName(),
                task.campaignState(), task.state(), task.assigneeName(), latest);
    }

    /**
     * Logs one contact on a task read at the given version and moves the task on (see
     * {@link CareTask#record}); refuses a closed or stale task or a bad entry, saving nothing.
     */
    @PreAuthorize(Permissions.HAS_TASK_WORK + " or " + Permissions.HAS_TASK_ASSIGN)
    @Transactional
    public void logContact(ContactEntry entry) {
        PortalUser user = currentUser.require();
        CareTask task = tasks.findById(entry.taskId())
                .orElseThrow(() -> new RecordNotFound("execution.task.notfound", entry.taskId()));
        boolean assignee = Objects.equals(task.getAssigneeId(), user.id()) && user.can(Permission.TASK_WORK);
        boolean manager = user.can(Permission.TASK_ASSIGN) && task.getUnitId() == user.unitId();
        if (!assignee && !manager) {
            throw new AccessDeniedException("Care task " + entry.taskId() + " is not the user's to log");
        }
        task.requireVersion(entry.taskVersion());
        if (task.getState() != TaskState.OPEN) {
            throw new RuleViolation("execution.task.closed", null);
        }
        ExecutionCampaign.requireOpen(jdbc, task.getCampaignId(), ENDED);
        Instant now = clock.instant();
        CampaignOrientation orientation = scripts.orientation(task.getCampaignId());
        CareTouches touches = orientation.getTouches();
        validate(entry, task, orientation, now);
        Instant appointment = booking(touches, entry);
        CareContact contact = contacts.save(new CareContact(task, user.id(), user.displayName(), now, entry,
                appointment));
        Evidence evidence = entry.evidence();
        if (evidence != null && entry.outcome().reached()) {
            jdbc.update("INSERT INTO care_contact_evidence (contact_id, file_name, content_type, size, content) "
                            + "VALUES (?, ?, ?, ?, ?)", contact.getId(), evidence.shortName(),
                    evidence.contentType().orElseThrow(), evidence.content().length, evidence.content());
        }
        Map<String, Object> before = task.auditState();
        task.record(entry.outcome(), entry.channel(), touches, contact.getGiftQuantity(),
                GiftLine.cost(jdbc, entry.giftLineId(), contact.getGiftQuantity()), entry.satisfaction(), entry.callbackAt(),
                appointment, now);
        tasks.flush();
        snapshot.changed(task.getCampaignId(), task.getUnitId());
        if (task.getState() != TaskState.OPEN) {
            audit.stateChanged(task, before, "Kết thúc nhiệm vụ chăm sóc " + task.getId() + ": "
                    + task.getState());
        } else if (appointment != null) {
            audit.stateChanged(task, before, "Hẹn thăm khách hàng của nhiệm vụ chăm sóc " + task.getId() + " lúc "
                    + VnFormats.dateTime(appointment));
        }
    }

    /** The evidence kept with a contact of a task in the user's scope (the gift's signed receipt). */
    public StoredEvidence evidence(long contactId) {
        TaskScope scope = TaskScope.of(currentUser.require());
        List<StoredEvidence> found = jdbc.query("SELECT t.unit_id, t.assignee_id, e.file_name, e.content_type, "
                + "e.content FROM care_contact_evidence e JOIN care_contact cc ON cc.id = e.contact_id JOIN care_task t "
                + "ON t.id = cc.task_id WHERE e.contact_id = ?", (rs, n) -> {
                    scope.require(rs.getLong("unit_id"), nullableLong(rs, "assignee_id"));
                    return new StoredEvidence(rs.getString("file_name"), rs.getString("content_type"),
                            rs.getBytes("content"));
                }, contactId);
        if (found.isEmpty()) {
            throw new RecordNotFound("execution.evidence.notfound", contactId);
        }
        return found.getFirst();
    }

    /** The appointment the entry books, when it is the call that books the campaign's visit. */
    private static @Nullable Instant booking(CareTouches touches, ContactEntry entry) {
        return CareTask.booksVisit(touches, Objects.requireNonNull(entry.channel()),
                Objects.requireNonNull(entry.outcome())) ? entry.appointmentAt() : null;
    }

    /** The contacts of a task, newest first. */
    List<ContactRecord> history(long taskId) {
        return jdbc.query("SELECT cc.id, cc.contacted_at, cc.channel, cc.outcome, cc.staff_name, cc.note, "
                        + "cc.satisfaction, cc.gift_quantity, cc.callback_at, cc.appointment_at, b.description, "
                        + "e.id AS evidence_id FROM care_contact cc LEFT JOIN budget_line b ON b.id = cc.gift_line_id "
                        + "LEFT JOIN care_contact_evidence e ON e.contact_id = cc.id WHERE cc.task_id = ? "
                        + "ORDER BY cc.contacted_at DESC, cc.id DESC",
                (rs, n) -> new ContactRecord(Objects.requireNonNull(instant(rs, "contacted_at")),
                        CareChannel.valueOf(rs.getString("channel")), ContactOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("staff_name"), rs.getString("note"), nullableInt(rs, "satisfaction"),
                        rs.getInt("gift_quantity") > 0, instant(rs, "callback_at"), rs.getLong("id"),
                        rs.getString("description"), rs.getInt("gift_quantity"), instant(rs, "appointment_at"),
                        nullableLong(rs, "evidence_id") != null), taskId);
    }

    /** The gift lines of the campaign's budget a task of the unit may hand over: the unit's own and the centre's. */
    List<GiftLine> giftLines(long campaignId, long unitId) {
        return jdbc.query("SELECT id, description, unit_price FROM budget_line WHERE campaign_id = ? AND category = "
                        + "'GIFT' AND (unit_id IS NULL OR unit_id = ?) ORDER BY unit_id IS NULL, id",
                (rs, n) -> new GiftLine(rs.getLong(1), rs.getString(2), rs.getLong(3)), campaignId, unitId);
    }

    private void validate(ContactEntry entry, CareTask task, CampaignOrientation orientation, Instant now) {
        CareTouches touches = orientation.getTouches();
        if (entry.channel() == null) {
            throw new RuleViolation("execution.contact.channelRequired", "channel");
        }
        if (!channels(orientation).contains(entry.channel())) {
            throw new RuleViolation("execution.contact.channelNotPlanned", "channel");
        }
        ContactOutcome outcome = entry.outcome();
        if (outcome == null) {
            throw new RuleViolation("execution.contact.outcomeRequired", "outcome");
        }
        if (outcome == ContactOutcome.NOT_REACHED && !task.lastAttempt()) {
            if (entry.callbackAt() == null) {
                throw new RuleViolation("execution.contact.callbackRequired", "callbackAt");
            }
            if (!entry.callbackAt().isAfter(now)) {
                throw new RuleViolation("execution.contact.callbackPast", "callbackAt");
            }
        }
        Integer rating = entry.satisfaction();
        if (outcome.reached() && rating != null && (rating < 1 || rating > 5)) {
            throw new RuleViolation("execution.contact.satisfactionRange", "satisfaction");
        }
        if (entry.note() != null && entry.note().strip().length() > ContactEntry.NOTE_MAX) {
            throw new RuleViolation("execution.contact.noteTooLong", "note", ContactEntry.NOTE_MAX);
        }
        if (CareTask.booksVisit(touches, entry.channel(), outcome)) {
            if (entry.appointmentAt() == null) {
                throw new RuleViolation("execution.contact.appointmentRequired", "appointmentAt");
            }
            if (!entry.appointmentAt().isAfter(now)) {
                throw new RuleViolation("execution.contact.appointmentPast", "appointmentAt");
            }
        }
        if (outcome.reached()) {
            validateGift(entry, task, touches);
            validateEvidence(entry.evidence());
        }
    }

    /**
     * The gift of a contact that reached the customer; in a campaign of visits it is handed over at the
     * visit only, and the visit of a campaign that needs a gift must hand one over.
     */
    private void validateGift(ContactEntry entry, CareTask task, CareTouches touches) {
        Long line = entry.giftLineId();
        if (line == null) {
            if (touches.needsGift() && entry.channel() == CareChannel.VISIT) {
                throw new RuleViolation("execution.contact.giftRequired", "giftLine");
            }
            return;
        }
        if (touches.needsVisit() && entry.channel() != CareChannel.VISIT) {
            throw new RuleViolation("execution.contact.giftAtVisit", "giftLine");
        }
        if (giftLines(task.getCampaignId(), task.getUnitId()).stream().noneMatch(gift -> gift.id() == line)) {
            throw new RuleViolation("execution.contact.giftUnknown", "giftLine");
        }
        if (entry.giftQuantity() < 1 || entry.giftQuantity() > ContactEntry.GIFTS_MAX) {
            throw new RuleViolation("execution.contact.giftQuantity.range", "giftQuantity", ContactEntry.GIFTS_MAX);
        }
    }

    /** A receipt kept as evidence: a JPEG, PNG or PDF by its content, at most {@link Evidence#MAX_BYTES}. */
    private static void validateEvidence(@Nullable Evidence evidence) {
        if (evidence == null) {
            return;
        }
        if (evidence.content().length > Evidence.MAX_BYTES) {
            throw new RuleViolation("execution.evidence.tooLarge", "evidence", Evidence.MAX_BYTES / (1024 * 1024));
        }
        if (evidence.contentType().isEmpty()) {
            throw new RuleViolation("execution.evidence.wrongType", "evidence");
        }
    }

    private static Set<CareChannel> channels(CampaignOrientation orientation) {
        Set<CareChannel> planned = orientation.getChannels();
        return planned.isEmpty() ? EnumSet.allOf(CareChannel.class) : planned;
    }

    /** A task's row with its customer's facts, as read before the scope check and the scripts. */
    private record TaskFacts(WorklistRow row, long unitId, @Nullable Long assigneeId, TaskState state,
                             @Nullable ContactOutcome lastOutcome, int services, LocalDate customerSince,
                             ChurnRisk churnRisk, @Nullable String address, @Nullable LocalDate birthDate) {
    }

    private static TaskFacts facts(ResultSet rs) throws SQLException {
        String lastOutcome = rs.getString("last_outcome");
        return new TaskFacts(row(rs), rs.getLong("unit_id"), nullableLong(rs, "assignee_id"),
                TaskState.valueOf(rs.getString("state")), lastOutcome == null ? null : ContactOutcome.valueOf(lastOutcome),
                rs.getInt("services"), rs.getObject("customer_since", LocalDate.class),
                ChurnRisk.values()[rs.getInt("churn_risk")], address(rs.getString("address"), rs.getString("commune")),
                rs.getObject("birth_date", LocalDate.class));
    }

    private TaskDetails details(TaskFacts facts, PortalUser user) {
        WorklistRow row = facts.row();
        LocalDate today = LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
        int tenure = Period.between(facts.customerSince(), today).getYears();
        String service = jdbc.query("SELECT service FROM subscription WHERE customer_id = ? AND status = 'ACTIVE' "
                        + "ORDER BY start_date, service LIMIT 1", (r, n) -> r.getString(1), row.customerId())
                .stream().findFirst().map(name -> i18n.getTranslation(
                        vn.vnpt.bacgiang.cskh.customer.Service.valueOf(name).labelKey(), PortalI18NProvider.VIETNAMESE))
                .orElse(null);
        ScriptTemplate.Sample sample = new ScriptTemplate.Sample(row.customerName(), row.customerCode(), service,
                facts.birthDate(), tenure, user.displayName());
        List<FilledScript> filled = scripts.scripts(row.campaignId()).stream()
                .flatMap(entry -> entry.approved().stream().map(version -> new FilledScript(entry.script().getTitle(),
                        entry.script().getChannel(), ScriptTemplate.fill(version.getBody(), sample))))
                .toList();
        CampaignOrientation orientation = scripts.orientation(row.campaignId());
        return new TaskDetails(row, facts.state(), facts.lastOutcome(),
                vn.vnpt.bacgiang.cskh.customer.Service.fromMask(facts.services()), facts.customerSince(), tenure,
                facts.churnRisk(), facts.address(), channels(orientation), filled, history(row.taskId()),
                row.failedAttempts() + 1 >= CareTask.MAX_FAILED_ATTEMPTS, orientation.getTouches(),
                giftLines(row.campaignId(), facts.unitId()));
    }

    /** The address with the commune appended unless it already names it. */
    private static @Nullable String address(@Nullable String address, @Nullable String commune) {
        if (address == null || address.isBlank()) {
            return commune;
        }
        if (commune == null || commune.isBlank()
                || address.toLowerCase(java.util.Locale.ROOT).contains(commune.toLowerCase(java.util.Locale.ROOT))) {
            return address;
        }
        return address + ", " + commune;
    }

    private static WorklistRow row(ResultSet rs) throws SQLException {
        return new WorklistRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("campaign_id"),
                rs.getString("campaign_name"), rs.getLong("customer_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("phone"), VipTier.valueOf(rs.getString("vip_tier")),
                Objects.requireNonNull(instant(rs, "due_at")), rs.getInt("failed_attempts"), instant(rs, "appointment_at"),
                TaskState.valueOf(rs.getString("state")));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
