package vn.vnpt.bacgiang.cskh.dashboard.ui;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.IntSupplier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.audit.AuditFilter;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.BenchmarkTimer;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.CampaignProgress;
import vn.vnpt.bacgiang.cskh.execution.ExecutionCampaign;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.UnitFigures;
import vn.vnpt.bacgiang.cskh.execution.UnitTaskFilter;
import vn.vnpt.bacgiang.cskh.execution.WorklistFilter;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;
import vn.vnpt.bacgiang.cskh.supervision.ActionFilter;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;
import vn.vnpt.bacgiang.cskh.supervision.InspectionFilter;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;

/**
 * The {@code execution-benchmark} profile's dashboards (README, "Benchmarks"; goals: a home page ≤ 300 ms server
 * side, a drill-down's first page ≤ 200 ms): each role's home page built as {@link HomeView} builds it, with every
 * query it makes, and the first page of each list a dashboard figure opens, through the service calls its view
 * makes (a grid's first 50 rows and its count); then the heap one home page's components hold. Runs before the
 * step 6 benchmark, which exits: on a database that benchmark has not filled yet it times demo-sized figures, so
 * run it twice.
 */
@Component
@Profile("execution-benchmark")
@Order(0)
class DashboardBenchmark implements CommandLineRunner {

    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 7;
    private static final int PAGE = 50;
    private static final int HOME_GOAL = 300;
    private static final int DRILL_DOWN_GOAL = 200;
    private static final int HELD_PAGES = 50;
    private static final List<String> ROLES = List.of("giamdoc", "kehoach", "giamsat", "tpbg.truongphong",
            "tpbg.cskh1", "ttvt.tpbg", "admin");

    private final AutowireCapableBeanFactory beans;
    private final UserDetailsService users;
    private final ManagementDashboards dashboards;
    private final UnitFigures unitFigures;
    private final CampaignService campaigns;
    private final ExecutionService execution;
    private final ProgressService progress;
    private final AssignmentService assignments;
    private final HandoffService handoffs;
    private final FindingService findings;
    private final InspectionService inspections;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final StringBuilder table = new StringBuilder();

    DashboardBenchmark(AutowireCapableBeanFactory beans, UserDetailsService users, ManagementDashboards dashboards,
                       UnitFigures unitFigures, CampaignService campaigns, ExecutionService execution,
                       ProgressService progress, AssignmentService assignments, HandoffService handoffs,
                       FindingService findings, InspectionService inspections, AuditTrail audit, JdbcTemplate jdbc) {
        this.beans = beans;
        this.users = users;
        this.dashboards = dashboards;
        this.unitFigures = unitFigures;
        this.campaigns = campaigns;
        this.execution = execution;
        this.progress = progress;
        this.assignments = assignments;
        this.handoffs = handoffs;
        this.findings = findings;
        this.inspections = inspections;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * A portal that has run for a while serves step 6's figures from a snapshot its job keeps at most 30 s old; one
     * just started on a database last used minutes ago would count them until the job's first run. Waiting for that
     * run times what a running portal serves, not what its first half-minute does.
     */
    private void awaitFreshFigures() {
        for (int second = 0; second < 45; second++) {
            Boolean fresh = jdbc.queryForObject("SELECT COALESCE(MIN(s.taken_at) >= UTC_TIMESTAMP() - INTERVAL 60 "
                    + "SECOND, TRUE) FROM unit_progress_snapshot s JOIN campaign c ON c.id = s.campaign_id "
                    + "WHERE c.state IN ('EXECUTION', 'SUPERVISION', 'EVALUATION')", Boolean.class);
            if (Boolean.TRUE.equals(fresh)) {
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void run(String... args) {
        awaitFreshFigures();
        table.append(String.format("%n%-17s %-50s %7s %9s %9s %5s%n", "user", "call", "rows", "first ms", "median ms",
                "goal"));
        for (String role : ROLES) {
            line(role, "home page: HomeView with every query", HOME_GOAL, () -> home().getComponentCount());
        }
        line("giamdoc", "  of it: ManagementDashboards.director()", HOME_GOAL, () -> {
            ManagementDashboards.Director data = dashboards.director();
            return data.campaigns().size() + data.unitFigures().rows().size() + data.openHandoffs().size()
                    + data.slaThisMonth().size() + data.actions().size();
        });
        line("giamdoc", "  of it: step-6 figures (snapshot)", HOME_GOAL, () -> unitFigures.live().rows().size());
        drillDowns();
        table.append(String.format("(rows: the records read, for a home page its sections; first: the very first "
                        + "call; median of %d runs after %d warm-up runs; load average %.2f)%n", MEASURED_RUNS,
                WARM_UP_RUNS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(table);
        table.setLength(0);
        heldHeap();
        System.out.println(table);
        SecurityContextHolder.clearContext();
    }

    private void drillDowns() {
        line("giamdoc", "campaigns/list", DRILL_DOWN_GOAL, () -> campaigns.board(CampaignFilter.none()).size());
        line("giamdoc", "progress: campaigns, pace, units, total", DRILL_DOWN_GOAL, this::firstCampaignsProgress);
        line("giamdoc", "handoffs: all units, count and page 1", DRILL_DOWN_GOAL,
                () -> handoffs.queue(QueueFilter.of(handoffs.defaultMode()), 0, PAGE).size());
        line("giamdoc", "supervision/actions", DRILL_DOWN_GOAL, () -> findings.actions(ActionFilter.none()).size());
        line("giamsat", "supervision/inspections", DRILL_DOWN_GOAL,
                () -> inspections.list(new InspectionFilter(false, false)).size());
        line("tpbg.truongphong", "progress: campaigns, pace, own unit", DRILL_DOWN_GOAL, this::firstCampaignsProgress);
        line("tpbg.truongphong", "assignment: staff, loads, count, page 1", DRILL_DOWN_GOAL, () -> {
            List<ExecutionCampaign> open = assignments.campaigns();
            if (open.isEmpty()) {
                return 0;
            }
            long campaign = open.getFirst().id();
            int staff = assignments.staff().size();
            assignments.openLoads(campaign);
            assignments.count(campaign, null, UnitTaskFilter.OPEN);
            return staff + assignments.openTasks(campaign, null, UnitTaskFilter.OPEN, 0, PAGE).size();
        });
        line("tpbg.cskh1", "worklist: open count and page 1", DRILL_DOWN_GOAL, () -> {
            execution.count(WorklistFilter.OPEN, null);
            return execution.worklist(WorklistFilter.OPEN, null, 0, PAGE).size();
        });
        line("ttvt.tpbg", "handoffs: received, count and page 1", DRILL_DOWN_GOAL,
                () -> handoffs.queue(QueueFilter.of(handoffs.defaultMode()), 0, PAGE).size());
        line("admin", "audit: types and page 1", DRILL_DOWN_GOAL, () -> {
            audit.entityTypes();
            return audit.search(AuditFilter.none(), 0, PAGE).size();
        });
    }

    /**
     * The progress page's reads for the first campaign in execution; a fresh province database has none until
     * the step 6 benchmark, which runs after this one, has made one.
     */
    private int firstCampaignsProgress() {
        return progress.campaigns().stream().findFirst().map(first -> {
            progress.pace(first.id());
            CampaignProgress read = progress.progress(first.id());
            return read.units().size() + (int) Math.min(1, read.total().figures().tasks());
        }).orElse(0);
    }

    /** The home page as the router builds it for the signed-in user (every query runs in its constructor). */
    private HomeView home() {
        return beans.createBean(HomeView.class);
    }

    private void line(String user, String call, int goal, IntSupplier timed) {
        signIn(user);
        int[] rows = new int[1];
        IntSupplier counted = () -> rows[0] = timed.getAsInt();
        double first = BenchmarkTimer.median(counted, 0, 1);
        double median = BenchmarkTimer.median(counted, WARM_UP_RUNS, MEASURED_RUNS);
        String line = String.format("%-17s %-50s %7d %9.1f %9.1f %5d%s%n", user, call, rows[0], first, median, goal,
                median > goal ? "  over" : "");
        System.out.print(line);
        table.append(line);
    }

    /**
     * The heap {@value #HELD_PAGES} home pages of each role hold (their component trees, as a session keeps its
     * view; the UI and session objects around them are not counted), after a full GC, per page.
     */
    private void heldHeap() {
        table.append(String.format("%n%-17s %14s%n", "user", "KiB per home"));
        for (String role : ROLES) {
            signIn(role);
            home();
            long before = usedAfterGc();
            List<HomeView> held = new java.util.ArrayList<>();
            for (int page = 0; page < HELD_PAGES; page++) {
                held.add(home());
            }
            long after = usedAfterGc();
            table.append(String.format("%-17s %14.1f%n", role, (after - before) / 1024.0 / held.size()));
        }
        table.append(String.format("(%d home pages held per role, heap used after System.gc() minus before, divided "
                + "by %d; goal ≤ 512 KiB per dashboard UI)%n", HELD_PAGES, HELD_PAGES));
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int round = 0; round < 3; round++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
