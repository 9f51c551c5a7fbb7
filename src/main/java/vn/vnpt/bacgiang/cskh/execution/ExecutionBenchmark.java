package vn.vnpt.bacgiang.cskh.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.BenchmarkTimer;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/**
 * The {@code execution-benchmark} profile (README, "Benchmarks"): on the generated province
 * database, makes sure a province campaign is in execution with a third of the customers as members
 * (distributed through {@link Distribution} and spread evenly by each unit's manager) and about
 * 2 000 000 logged contacts (generated once with {@code INSERT ... SELECT}), then times through the
 * services a care staff member's worklist pages and task, logging a contact, and the progress
 * figures of a unit and of all units. Prints the medians and exits.
 */
@Component
@Profile("execution-benchmark")
class ExecutionBenchmark implements ApplicationRunner {

    static final String CAMPAIGN = "Benchmark: chăm sóc khách hàng toàn tỉnh";
    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 7;
    private static final int PAGE = 50;
    private static final int CONTACTS_PER_TASK = 6;
    private static final String STAFF = "tpbg.cskh1";
    private static final String MANAGER = "tpbg.truongphong";
    /** The executing unit as campaign.MemberFreeze rolls members up (PBH DN, unit 5, for the rest). */
    private static final String EXECUTING_UNIT = """
            COALESCE((SELECT u.id FROM unit u WHERE u.kind IN ('DISTRICT_SALES', 'ENTERPRISE_SALES') AND u.active
                AND c.unit_path LIKE CONCAT(u.path, '%') ORDER BY LENGTH(u.path) DESC LIMIT 1), 5)""";

    private final JdbcTemplate jdbc;
    private final Distribution distribution;
    private final AssignmentService assignments;
    private final ExecutionService execution;
    private final ProgressService progress;
    private final UserDetailsService users;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    ExecutionBenchmark(JdbcTemplate jdbc, Distribution distribution, AssignmentService assignments,
                       ExecutionService execution, ProgressService progress, UserDetailsService users,
                       TransactionTemplate transaction, Clock clock, ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.distribution = distribution;
        this.assignments = assignments;
        this.execution = execution;
        this.progress = progress;
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long campaign = ensureCampaign();
        ensureContacts(campaign);
        StringBuilder table = new StringBuilder(String.format("%n%-20s %-44s %12s %10s %10s%n", "user", "call", "rows",
                "first ms", "median ms"));
        signIn(STAFF);
        table.append(line(STAFF, "worklist page 1 (" + PAGE + " rows)",
                () -> execution.worklist(null, 0, PAGE).size()));
        table.append(line(STAFF, "worklist page 3", () -> execution.worklist(null, 2 * PAGE, PAGE).size()));
        table.append(line(STAFF, "open tasks count", () -> execution.openTasks(null)));
        long firstTask = execution.worklist(null, 0, 1).getFirst().taskId();
        table.append(line(STAFF, "task (facts, filled script, history)",
                () -> execution.task(firstTask).contacts().size()));
        Iterator<WorklistRow> toLog = execution.worklist(null, 10 * PAGE, WARM_UP_RUNS + MEASURED_RUNS).iterator();
        table.append(line(STAFF, "log a contact (reached, accepted)", () -> {
            WorklistRow row = toLog.next();
            execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.CALL,
                    ContactOutcome.REACHED_ACCEPTED, 5, null, "Benchmark"));
            return 1;
        }));
        signIn(MANAGER);
        long unit = users.loadUserByUsername(MANAGER) instanceof vn.vnpt.bacgiang.cskh.security.PortalUser manager
                ? manager.unitId() : 0;
        table.append(line(MANAGER, "unit progress", () -> progress.units(campaign).getFirst().figures().tasks()));
        table.append(line(MANAGER, "unit progress per staff", () -> progress.staff(campaign, unit).size()));
        signIn("giamdoc");
        table.append(line("giamdoc", "progress of all units", () -> progress.units(campaign).size()));
        table.append(String.format("(first: the very first call, also the first of the warm-up runs; median of %d runs "
                        + "after %d warm-up runs; %s contacts, %s tasks in the campaign)%n",
                MEASURED_RUNS, WARM_UP_RUNS, count("SELECT COUNT(*) FROM care_contact WHERE campaign_id = ?", campaign),
                count("SELECT COUNT(*) FROM care_task WHERE campaign_id = ?", campaign)));
        System.out.println(table);
        SecurityContextHolder.clearContext();
        System.exit(SpringApplication.exit(context));
    }

    /** The benchmark campaign in execution, its members (every third customer) distributed and assigned. */
    private long ensureCampaign() {
        List<Long> found = jdbc.queryForList("SELECT id FROM campaign WHERE name = ?", Long.class, CAMPAIGN);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
        jdbc.update("INSERT INTO campaign (name, programme_type, objective, period_start, period_end, owner_id, "
                + "owner_name, state, step_deadline) VALUES (?, 'GRATITUDE', 'Benchmark', ?, ?, 4, 'Lê Minh Đức', "
                + "'READINESS', ?)", CAMPAIGN, today.minusDays(20), today.plusDays(40), today.plusDays(40));
        long campaign = count("SELECT id FROM campaign WHERE name = ?", CAMPAIGN);
        jdbc.update("INSERT INTO campaign_orientation (campaign_id, goals, tone, channels) VALUES (?, 'Tri ân', "
                + "'Trân trọng', 'CALL,SMS,VISIT')", campaign);
        jdbc.update("INSERT INTO care_script (campaign_id, title, channel) VALUES (?, 'Cuộc gọi tri ân', 'CALL')",
                campaign);
        jdbc.update("INSERT INTO care_script_version (script_id, number, body, state, created_by_name, created_at, "
                + "approved_by_name, approved_at) SELECT MAX(id), 1, 'Em chào {ten_khach_hang}, em là {nhan_vien}, "
                + "cảm ơn Quý khách đã dùng {dich_vu} {so_nam_gan_bo} năm.', 'APPROVED', 'Lê Minh Đức', NOW(6), "
                + "'Lê Minh Đức', NOW(6) FROM care_script WHERE campaign_id = ?", campaign);
        jdbc.update("INSERT INTO budget_line (campaign_id, category, description, quantity, unit_price, amount) "
                + "VALUES (?, 'GIFT', 'Quà tri ân', 100000, 100000, 10000000000), "
                + "(?, 'SMS', 'Tin nhắn', 500000, 300, 150000000)", campaign, campaign);
        jdbc.update("INSERT INTO campaign_member (campaign_id, customer_id, unit_id) SELECT ?, c.id, " + EXECUTING_UNIT
                + " FROM customer c WHERE MOD(c.id, 3) = 0", campaign);
        jdbc.update("INSERT INTO campaign_share (campaign_id, unit_id, unit_name, members, quota) SELECT ?, u.id, "
                + "u.name, COUNT(*), COUNT(*) * 9 DIV 10 FROM campaign_member m JOIN unit u ON u.id = m.unit_id "
                + "WHERE m.campaign_id = ? GROUP BY u.id, u.name", campaign, campaign);
        jdbc.update("UPDATE campaign SET state = 'EXECUTION' WHERE id = ?", campaign);
        signIn("kehoach");
        long distributing = System.nanoTime();
        Integer tasks = transaction.execute(status -> distribution.distribute(campaign));
        System.out.printf("Distributed %d care tasks in %.1f s%n", tasks, seconds(distributing));
        long assigning = System.nanoTime();
        for (String manager : jdbc.queryForList("SELECT DISTINCT a.username FROM campaign_share s JOIN user_account a "
                + "ON a.unit_id = s.unit_id JOIN user_role r ON r.user_id = a.id AND r.role = 'SALES_MANAGER' "
                + "WHERE s.campaign_id = ?", String.class, campaign)) {
            signIn(manager);
            assignments.assignEvenly(campaign, assignments.staff().stream().map(StaffMember::id).toList());
        }
        System.out.printf("Assigned them evenly in %.1f s; campaign ready in %.1f s%n", seconds(assigning),
                seconds(started));
        signIn(STAFF);
        long firstPage = System.nanoTime();
        int rows = execution.worklist(null, 0, PAGE).size();
        System.out.printf("First worklist page (%d rows) right after the distribution: %.1f ms%n", rows,
                (System.nanoTime() - firstPage) / 1_000_000.0);
        return campaign;
    }

    /**
     * Logs {@value #CONTACTS_PER_TASK} contacts on every task of the campaign (in chunks of task ids,
     * one statement each), then sets the tasks' counters as if: 40 % completed, 10 % unreachable,
     * 10 % closed, 40 % still open after two failed attempts, with a callback in the coming days.
     */
    private void ensureContacts(long campaign) {
        long existing = count("SELECT COUNT(*) FROM care_contact WHERE campaign_id = ?", campaign);
        if (existing > 0) {
            return;
        }
        long started = System.nanoTime();
        long min = count("SELECT MIN(id) FROM care_task WHERE campaign_id = ?", campaign);
        long max = count("SELECT MAX(id) FROM care_task WHERE campaign_id = ?", campaign);
        StringBuilder numbers = new StringBuilder("SELECT 0 AS k");
        for (int k = 1; k < CONTACTS_PER_TASK; k++) {
            numbers.append(" UNION ALL SELECT ").append(k);
        }
        for (long from = min; from <= max; from += 50_000) {
            jdbc.update("INSERT INTO care_contact (task_id, campaign_id, unit_id, customer_id, staff_id, staff_name, "
                    + "contacted_at, channel, outcome, gift_quantity, satisfaction, note) SELECT t.id, t.campaign_id, "
                    + "t.unit_id, t.customer_id, "
                    + "t.assignee_id, a.full_name, UTC_TIMESTAMP(6) - INTERVAL (20 - 3 * n.k) DAY - INTERVAL MOD(t.id, 480) "
                    + "MINUTE, ELT(1 + MOD(t.id + n.k, 3), 'CALL', 'SMS', 'VISIT'), IF(n.k < 5, 'NOT_REACHED', "
                    + "ELT(1 + MOD(t.id, 4), 'REACHED_ACCEPTED', 'REACHED_DECLINED', 'WRONG_NUMBER', 'MOVED_AWAY')), "
                    + "n.k = 5 AND MOD(t.id, 4) = 0, IF(n.k = 5 AND MOD(t.id, 4) < 2, 3 + MOD(t.id, 3), NULL), "
                    + "'Benchmark' FROM care_task t JOIN user_account a ON a.id = t.assignee_id CROSS JOIN (" + numbers
                    + ") n WHERE t.campaign_id = ? AND t.id BETWEEN ? AND ?", campaign, from, from + 49_999);
        }
        jdbc.update("UPDATE care_task SET contacts = ?, sms_contacts = 2, last_contact_at = UTC_TIMESTAMP(6) - INTERVAL "
                + "5 DAY, state = ELT(1 + MOD(id, 10), 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', "
                + "'UNREACHABLE', 'CLOSED', 'OPEN', 'OPEN', 'OPEN', 'OPEN'), last_outcome = ELT(1 + MOD(id, 10), "
                + "'REACHED_ACCEPTED', 'REACHED_DECLINED', 'REACHED_ACCEPTED', 'REACHED_ACCEPTED', 'NOT_REACHED', "
                + "'WRONG_NUMBER', 'NOT_REACHED', 'NOT_REACHED', 'NOT_REACHED', 'NOT_REACHED'), failed_attempts = "
                + "IF(MOD(id, 10) = 4, 3, IF(MOD(id, 10) > 5, 2, 0)), satisfaction = IF(MOD(id, 10) < 4, "
                + "3 + MOD(id, 3), NULL), gift_delivered = MOD(id, 10) IN (0, 2), due_at = IF(MOD(id, 10) > 5, "
                + "UTC_TIMESTAMP(6) + INTERVAL MOD(id, 7) DAY + INTERVAL MOD(id, 600) MINUTE, due_at), "
                + "callback_at = IF(MOD(id, 10) > 5, UTC_TIMESTAMP(6) + INTERVAL MOD(id, 7) DAY, NULL), "
                + "version = version + 1 WHERE campaign_id = ?", CONTACTS_PER_TASK, campaign);
        // Weeks of contacts in a minute: InnoDB would have refreshed its statistics in those weeks.
        jdbc.execute("ANALYZE TABLE care_task, care_contact");
        System.out.printf("Logged %d contacts in %.1f s%n",
                count("SELECT COUNT(*) FROM care_contact WHERE campaign_id = ?", campaign), seconds(started));
    }

    /** The very first call (also the first warm-up run) and the median of the measured runs after the warm-up. */
    private String line(String user, String call, LongSupplier measured) {
        long[] rows = new long[1];
        double firstMillis = BenchmarkTimer.median(() -> {
            rows[0] = measured.getAsLong();
            return 0;
        }, 0, 1);
        double median = BenchmarkTimer.median(() -> {
            measured.getAsLong();
            return 0;
        }, WARM_UP_RUNS - 1, MEASURED_RUNS);
        return String.format("%-20s %-44s %12d %10.1f %10.1f%n", user, call, rows[0], firstMillis, median);
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static double seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0;
    }
}
