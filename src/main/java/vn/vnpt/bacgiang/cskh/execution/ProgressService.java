package vn.vnpt.bacgiang.cskh.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.KeptFigures;
import vn.vnpt.bacgiang.cskh.campaign.BudgetCategory;
import vn.vnpt.bacgiang.cskh.campaign.BudgetLine;
import vn.vnpt.bacgiang.cskh.campaign.CampaignShare;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Step 6's progress per executing unit and per care staff member against the share's quota and KPI
 * targets. Sales managers see their own unit, ĐHNV, the Director and Admins every unit. Figures add
 * up the counters kept on the task rows (one indexed scan of the campaign's tasks); the budget used
 * is, over the contacts that handed over gifts, each one's quantity times its gift line's unit price,
 * plus SMS sent times the plan's SMS unit price. Gifts count towards the task's unit and assignee (each task keeps
 * what its gifts cost).
 */
@Service
@PreAuthorize(Permissions.HAS_PROGRESS_READ)
@Transactional(readOnly = true)
public class ProgressService {

    /** The figures of a set of care tasks aliased {@code t}; {@link ProgressSnapshot} stores the same sums. */
    static final String FIGURES = """
            COUNT(*) AS tasks, SUM(t.state = 'OPEN' AND t.assignee_id IS NULL) AS unassigned,
            SUM(t.contacts > 0) AS contacted, SUM(t.state = 'COMPLETED') AS reached,
            SUM(t.last_outcome = 'REACHED_ACCEPTED') AS accepted, SUM(t.satisfaction) AS rating_sum,
            COUNT(t.satisfaction) AS ratings, SUM(t.gift_delivered) AS gifts, SUM(t.sms_contacts) AS sms,
            SUM(t.contacts) AS contact_count, SUM(t.state = 'OPEN') AS open, SUM(t.state = 'NOT_DONE') AS not_done,
            SUM(t.gift_cost) AS gift_spend""";
    /** {@link ProgressSnapshot#LIVE}, the states whose campaigns' figures are kept, as a query's list. */
    private static final String LIVE = ProgressSnapshot.LIVE.stream().map(state -> "'" + state.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));
    /** The columns of {@link #FIGURES} a total adds up, in the order of {@link Figures}' counts. */
    private static final List<String> SUMS = List.of("tasks", "unassigned", "contacted", "reached", "accepted",
            "rating_sum", "ratings", "gifts", "sms", "contact_count", "not_done");

    private final JdbcTemplate jdbc;
    private final CarePlanService plans;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(JdbcTemplate jdbc, CarePlanService plans, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The campaigns with care tasks the user may follow, newest first. */
    public List<ExecutionCampaign> campaigns() {
        TaskScope scope = TaskScope.of(currentUser.require());
        List<Object> args = new ArrayList<>();
        String unit = scope.unitId() == null ? "" : " AND t.unit_id = ?";
        if (scope.unitId() != null) {
            args.add(scope.unitId());
        }
        // A unit reads its campaigns until they close (CampaignService); those who see all read closed ones too.
        // A scalar subquery, not EXISTS, which MariaDB made a semi-join over every care task (73 ms).
        String closed = currentUser.require().seesAll() ? ", 'CLOSED'" : "";
        return jdbc.query("SELECT cp.id, cp.name, cp.state FROM campaign cp WHERE cp.state IN ('EXECUTION', "
                        + "'SUPERVISION', 'EVALUATION'" + closed + ") AND (SELECT t.id FROM care_task t WHERE "
                        + "t.campaign_id = cp.id" + unit + " LIMIT 1) IS NOT NULL ORDER BY cp.state = 'EXECUTION' DESC, cp.id DESC",
                (rs, n) -> new ExecutionCampaign(rs.getLong(1), rs.getString(2),
                        CampaignState.valueOf(rs.getString(3))), args.toArray());
    }

    /** The campaign's progress per executing unit in the user's scope, by unit name. */
    public List<UnitProgress> units(long campaignId) {
        return progress(campaignId).units();
    }

    /**
     * The campaign's total over the units of {@link #units}: counts, quotas and budgets summed, the
     * satisfaction averaged over every rating (not over the units' averages).
     */
    public UnitProgress total(long campaignId) {
        return progress(campaignId).total();
    }

    /**
     * The campaign's units in the user's scope and their total, from one reading: a live campaign's kept figures
     * while they are at most a minute old (decision 0027), else its care tasks counted now.
     */
    public CampaignProgress progress(long campaignId) {
        Tally tally = kept(campaignId);
        if (tally == null) {
            tally = tally(campaignId);
        }
        List<UnitProgress> units = units(campaignId, tally);
        return new CampaignProgress(units, total(tally, units), tally.asOf());
    }

    /**
     * The campaign's progress as {@link #progress} counts it, with each unit's care staff ({@link #staff}'s lines),
     * from one pass over the tasks grouped by unit and assignee: what step 8's report reads, once the care work is
     * over, so never from the kept figures.
     */
    public StaffBreakdown progressByStaff(long campaignId) {
        TaskScope scope = TaskScope.of(currentUser.require());
        List<Object> args = new ArrayList<>(List.of(campaignId));
        String where = scope.where("t", args);
        List<BudgetLine> budget = plans.budget(campaignId);
        UnitRows rows = new UnitRows();
        Map<Long, List<StaffProgress>> staff = new HashMap<>();
        jdbc.query("SELECT g.*, a.full_name FROM (SELECT t.unit_id, t.assignee_id, " + FIGURES + " FROM care_task t "
                + "WHERE t.campaign_id = ?" + where + " GROUP BY t.unit_id, t.assignee_id) g "
                + "LEFT JOIN user_account a ON a.id = g.assignee_id "
                + "ORDER BY g.unit_id, a.full_name IS NULL, a.full_name", row -> {
                    rows.add(row);
                    long unit = row.getLong("unit_id");
                    staff.computeIfAbsent(unit, key -> new ArrayList<>()).add(staffLine(row, smsPrice(budget, unit)));
                }, args.toArray());
        Tally tally = rows.tally(null);
        List<UnitProgress> units = units(campaignId, tally);
        return new StaffBreakdown(new CampaignProgress(units, total(tally, units), null), staff);
    }

    private static UnitProgress total(Tally tally, List<UnitProgress> units) {
        long budgetUsed = units.stream().mapToLong(unit -> unit.figures().budgetUsed()).sum();
        return new UnitProgress(0, "", withBudget(tally.all(), budgetUsed),
                units.stream().mapToLong(UnitProgress::quota).sum(), null, null, null,
                units.stream().mapToLong(UnitProgress::budgetPlanned).sum());
    }

    private List<UnitProgress> units(long campaignId, Tally tally) {
        List<BudgetLine> budget = plans.budget(campaignId);
        List<UnitProgress> units = new ArrayList<>();
        for (CampaignShare share : plans.shares(campaignId)) {
            Figures unit = tally.units().get(share.getUnitId());
            if (unit == null) {
                continue;
            }
            long used = tally.giftSpend().getOrDefault(share.getUnitId(), 0L)
                    + unit.smsContacts() * smsPrice(budget, share.getUnitId());
            units.add(new UnitProgress(share.getUnitId(), share.getUnitName(),
                    withBudget(unit, used), Objects.requireNonNullElse(share.getQuota(), 0L),
                    share.getReachRate(), share.getSuccessRate(), share.getSatisfaction(),
                    budget.stream().filter(line -> Objects.equals(line.getUnitId(), share.getUnitId()))
                            .mapToLong(BudgetLine::getAmount).sum()));
        }
        return units;
    }

    /** The figures of the campaign's tasks in the user's scope per unit, counted now. */
    private Tally tally(long campaignId) {
        TaskScope scope = TaskScope.of(currentUser.require());
        List<Object> args = new ArrayList<>(List.of(campaignId));
        String where = scope.where("t", args);
        UnitRows rows = new UnitRows();
        jdbc.query("SELECT t.unit_id, " + FIGURES + " FROM care_task t WHERE t.campaign_id = ?" + where
                + " GROUP BY t.unit_id", rows::add, args.toArray());
        return rows.tally(null);
    }

    /**
     * The campaign's kept figures per unit in the user's scope (a sales manager's unit, else every unit), or none
     * when the campaign is not live, has no kept figures, or the oldest is more than a minute old or was taken
     * later than now (a test's stopped clock): then they are counted.
     */
    private @Nullable Tally kept(long campaignId) {
        TaskScope scope = TaskScope.of(currentUser.require());
        if (scope.assigneeId() != null) {
            return null;
        }
        List<Object> args = new ArrayList<>(List.of(campaignId));
        String unit = "";
        if (scope.unitId() != null) {
            unit = " AND s.unit_id = ?";
            args.add(scope.unitId());
        }
        UnitRows rows = new UnitRows();
        Instant[] oldest = {null};
        jdbc.query("SELECT s.unit_id, s.tasks, s.unassigned, s.contacted, s.reached, s.accepted, s.rating_sum, "
                + "s.ratings, s.gifts, s.sms, s.contact_count, s.open_tasks AS open, s.not_done, s.gift_spend, "
                + "s.taken_at FROM unit_progress_snapshot s JOIN campaign c ON c.id = s.campaign_id "
                + "WHERE s.campaign_id = ? AND c.state IN " + LIVE + unit, row -> {
                    rows.add(row);
                    oldest[0] = older(oldest[0], row);
                }, args.toArray());
        if (oldest[0] == null || !KeptFigures.fresh(oldest[0], clock.instant())) {
            return null;
        }
        return rows.tally(oldest[0]);
    }

    /**
     * The rows of a reading (counted or kept) added up per unit, each with the sums and gifts' cost it carries; a
     * unit may come in several rows (one per assignee).
     */
    private static final class UnitRows {

        private final Map<Long, long[]> sums = new HashMap<>();
        private final Map<Long, Long> spend = new HashMap<>();

        void add(ResultSet row) throws SQLException {
            long[] values = sums.computeIfAbsent(row.getLong("unit_id"), unit -> new long[SUMS.size()]);
            for (int sum = 0; sum < values.length; sum++) {
                values[sum] += row.getLong(SUMS.get(sum));
            }
            spend.merge(row.getLong("unit_id"), row.getLong("gift_spend"), Long::sum);
        }

        Tally tally(@Nullable Instant asOf) {
            Map<Long, Figures> units = new HashMap<>();
            sums.forEach((unit, values) -> units.put(unit, all(List.<long[]>of(values))));
            return new Tally(units, all(sums.values()), spend, asOf);
        }
    }

    /** The units' sums added up, the satisfaction averaged over every rating. */
    private static Figures all(Collection<long[]> units) {
        long[] all = new long[SUMS.size()];
        units.forEach(unit -> {
            for (int sum = 0; sum < all.length; sum++) {
                all[sum] += unit[sum];
            }
        });
        long ratings = all[SUMS.indexOf("ratings")];
        BigDecimal satisfaction = ratings == 0 ? null : BigDecimal.valueOf(all[SUMS.indexOf("rating_sum")])
                .divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
        return new Figures(all[0], all[1], all[2], all[3], all[4], satisfaction, all[7], all[8], all[9], 0, all[10]);
    }

    /** Per unit: its figures, what its gifts cost; and when they were kept (none when counted now). */
    private record Tally(Map<Long, Figures> units, Figures all, Map<Long, Long> giftSpend, @Nullable Instant asOf) {
    }

    /** Where the campaign should be today against its period, or none for a campaign without one. */
    public @Nullable Pace pace(long campaignId) {
        return jdbc.query("SELECT period_start, period_end FROM campaign WHERE id = ? AND period_start IS NOT NULL "
                        + "AND period_end IS NOT NULL", rs -> rs.next() ? new Pace(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), LocalDate.now(clock)) : null, campaignId);
    }

    /**
     * The campaign's progress per care staff member of one unit (the unassigned tasks under an empty name): the
     * unit's kept lines while at most a minute old, else counted now.
     */
    public List<StaffProgress> staff(long campaignId, long unitId) {
        PortalUser user = currentUser.require();
        TaskScope.of(user).require(unitId, null);
        long smsPrice = smsPrice(plans.budget(campaignId), unitId);
        List<StaffProgress> kept = kept("NULLIF(s.assignee_id, 0) AS assignee_id, s.tasks, s.unassigned, "
                + "s.contacted, s.reached, s.accepted, s.rating_sum, s.ratings, s.gifts, s.sms, s.contact_count, "
                + "s.open_tasks AS open, s.not_done, s.gift_spend", "LEFT JOIN", "",
                "a.full_name IS NULL, a.full_name", (rs, n) -> staffLine(rs, smsPrice), campaignId, unitId);
        if (kept != null) {
            return kept;
        }
        // grouped on the covering index alone, then named: grouping by the joined name took 2.5 times as long
        return jdbc.query("SELECT g.*, a.full_name FROM (SELECT t.assignee_id, " + FIGURES + " FROM care_task t "
                        + "WHERE t.campaign_id = ? AND t.unit_id = ? GROUP BY t.assignee_id) g "
                        + "LEFT JOIN user_account a ON a.id = g.assignee_id ORDER BY a.full_name IS NULL, a.full_name",
                (rs, n) -> staffLine(rs, smsPrice), campaignId, unitId);
    }

    /**
     * The unit's care staff in a campaign ranked by customers reached (then by name), for the sales manager's
     * dashboard: the unit's kept lines while at most a minute old, else three counts from the covering progress index
     * instead of {@link #staff}'s every figure and budget.
     */
    public List<StaffRank> ranking(long campaignId, long unitId) {
        PortalUser user = currentUser.require();
        TaskScope.of(user).require(unitId, null);
        RowMapper<StaffRank> rank = (rs, n) -> new StaffRank(rs.getLong("assignee_id"), rs.getString("full_name"),
                rs.getLong("tasks"), rs.getLong("reached"), rs.getLong("open"));
        List<StaffRank> kept = kept("s.assignee_id, s.tasks, s.reached, s.open_tasks AS open", "JOIN",
                " AND s.assignee_id <> 0", "s.reached DESC, a.full_name", rank, campaignId, unitId);
        if (kept != null) {
            return kept;
        }
        return jdbc.query("SELECT g.*, a.full_name FROM (SELECT t.assignee_id, COUNT(*) AS tasks, "
                        + "SUM(t.state = 'COMPLETED') AS reached, SUM(t.state = 'OPEN') AS open FROM care_task t "
                        + "WHERE t.campaign_id = ? AND t.unit_id = ? AND t.assignee_id IS NOT NULL "
                        + "GROUP BY t.assignee_id) g JOIN user_account a ON a.id = g.assignee_id "
                        + "ORDER BY g.reached DESC, a.full_name", rank, campaignId, unitId);
    }

    /**
     * A live campaign's unit's staff lines from {@code staff_progress_snapshot} (alias {@code s}, the assignee's
     * account {@code a} joined as given), or null when it keeps none or they are more than a minute old or taken
     * later than now: then they are counted.
     */
    private <T> @Nullable List<T> kept(String columns, String join, String where, String order, RowMapper<T> line,
            long campaignId, long unitId) {
        Instant[] oldest = {null};
        List<T> lines = jdbc.query("SELECT " + columns + ", a.full_name, s.taken_at FROM staff_progress_snapshot s "
                + "JOIN campaign c ON c.id = s.campaign_id " + join + " user_account a ON a.id = s.assignee_id "
                + "WHERE s.campaign_id = ? AND s.unit_id = ? AND c.state IN " + LIVE + where + " ORDER BY " + order,
                (rs, n) -> {
                    oldest[0] = older(oldest[0], rs);
                    return line.mapRow(rs, n);
                }, campaignId, unitId);
        return oldest[0] != null && KeptFigures.fresh(oldest[0], clock.instant()) ? lines : null;
    }

    /** The earlier of the oldest time a reading of kept rows has met so far and this row's. */
    private static Instant older(@Nullable Instant oldest, ResultSet row) throws SQLException {
        Instant taken = row.getObject("taken_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
        return oldest == null || taken.isBefore(oldest) ? taken : oldest;
    }

    /** A row of {@link #FIGURES} per assignee, named: the gifts' cost and the SMS at the unit's price as budget used. */
    private static StaffProgress staffLine(ResultSet rs, long smsPrice) throws SQLException {
        return new StaffProgress(ExecutionService.nullableLong(rs, "assignee_id"),
                Objects.requireNonNullElse(rs.getString("full_name"), ""), rs.getLong("open"),
                figures(rs, rs.getLong("gift_spend") + rs.getLong("sms") * smsPrice));
    }

    static Figures figures(ResultSet rs, long budgetUsed) throws SQLException {
        long ratings = rs.getLong("ratings");
        BigDecimal satisfaction = ratings == 0 ? null
                : BigDecimal.valueOf(rs.getLong("rating_sum")).divide(BigDecimal.valueOf(ratings), 2,
                RoundingMode.HALF_UP);
        return new Figures(rs.getLong("tasks"), rs.getLong("unassigned"), rs.getLong("contacted"),
                rs.getLong("reached"), rs.getLong("accepted"), satisfaction, rs.getLong("gifts"), rs.getLong("sms"),
                rs.getLong("contact_count"), budgetUsed, rs.getLong("not_done"));
    }

    private static Figures withBudget(Figures figures, long budgetUsed) {
        return new Figures(figures.tasks(), figures.unassigned(), figures.contacted(), figures.reached(),
                figures.accepted(), figures.satisfaction(), figures.gifts(), figures.smsContacts(), figures.contacts(),
                budgetUsed, figures.notDone());
    }

    /** The unit price of an SMS: the unit's own SMS budget line, else the centre's. */
    private static long smsPrice(List<BudgetLine> budget, long unitId) {
        @Nullable Long own = null;
        @Nullable Long centre = null;
        for (BudgetLine line : budget) {
            if (line.getCategory() != BudgetCategory.SMS || line.getUnitPrice() == null) {
                continue;
            }
            if (Objects.equals(line.getUnitId(), unitId) && own == null) {
                own = line.getUnitPrice();
            } else if (line.getUnitId() == null && centre == null) {
                centre = line.getUnitPrice();
            }
        }
        return own != null ? own : centre != null ? centre : 0;
    }
}
