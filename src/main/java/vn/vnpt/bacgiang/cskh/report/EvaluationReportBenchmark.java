package vn.vnpt.bacgiang.cskh.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.BenchmarkTimer;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.ContactTrend;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspectionService;

/**
 * The {@code evaluation-benchmark} profile (README, "Benchmarks"; goals: the evaluation report ≤ 1 s warm, ≤ 2 s
 * each with five made at once, heap growth bounded): the draft report of the campaign with the most care tasks (the
 * step 6 benchmark's province campaign, its steps 7 and 8 filled in first) as the Director, alone and five at once,
 * with its page count, the pages per second and the heap left after a full GC before and after; then exits.
 */
@Component
@Profile("evaluation-benchmark")
class EvaluationReportBenchmark implements CommandLineRunner {

    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 9;
    private static final int AT_ONCE = 5;
    private static final int ROUNDS = 3;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final EvaluationReport report;
    private final EvaluationFiguresReader figures;
    private final ProgressService progress;
    private final ContactTrend trend;
    private final HandoffService handoffs;
    private final CampaignInspectionService inspections;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final ConfigurableApplicationContext context;
    private final CampaignListReport campaignList;
    private final UnitResultReport unitResult;
    private final RosterReport roster;
    private final Clock clock;

    EvaluationReportBenchmark(EvaluationReport report, EvaluationFiguresReader figures, ProgressService progress,
                              ContactTrend trend, HandoffService handoffs, CampaignInspectionService inspections,
                              JdbcTemplate jdbc, UserDetailsService users, ConfigurableApplicationContext context,
                              CampaignListReport campaignList, UnitResultReport unitResult, RosterReport roster,
                              Clock clock) {
        this.campaignList = campaignList;
        this.unitResult = unitResult;
        this.roster = roster;
        this.clock = clock;
        this.report = report;
        this.figures = figures;
        this.progress = progress;
        this.trend = trend;
        this.handoffs = handoffs;
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.users = users;
        this.context = context;
    }

    @Override
    public void run(String... args) throws Exception {
        UserDetails director = users.loadUserByUsername("giamdoc");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        long campaign = jdbc.queryForObject("SELECT campaign_id FROM care_task GROUP BY campaign_id "
                + "ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        long tasks = jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ?", Long.class, campaign);
        fillStepsSevenAndEight(campaign);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = heapAfterGc(memory);
        int[] pages = new int[1];
        double first = BenchmarkTimer.median(() -> {
            byte[] pdf = report.draft(campaign, VIETNAMESE);
            keep(pdf);
            return pages[0] = PdfPages.count(pdf);
        }, 0, 1);
        double median = BenchmarkTimer.median(() -> PdfPages.count(report.draft(campaign, VIETNAMESE)),
                WARM_UP_RUNS - 1,
                MEASURED_RUNS);
        double[] together = atOnce(campaign, SecurityContextHolder.getContext());
        long heapAfter = heapAfterGc(memory);
        StringBuilder table = new StringBuilder(String.format("%n%-44s %6s %9s %9s %9s %7s%n", "call", "pages",
                "first ms", "median ms", "max ms", "goal"));
        table.append(String.format("%-44s %6d %9.1f %9.1f %9s %7d%n", "evaluation report draft (vi), alone", pages[0],
                first, median, "", 1000));
        part(table, "  of it: every figure (EvaluationFiguresReader)", () -> figures.read(campaign).units().size());
        part(table, "    units, staff (ProgressService.progressByStaff)",
                () -> progress.progressByStaff(campaign).staffByUnit().size());
        part(table, "    trend per unit (ContactTrend.byUnit)", () -> trend.byUnit(campaign).units().size());
        part(table, "    hand-offs (HandoffService.slaOfCampaign)", () -> handoffs.slaOfCampaign(campaign).size());
        part(table, "    inspections (CampaignInspectionService.plan)", () -> inspections.plan(campaign).size());
        part(table, "    findings (CampaignInspectionService.findings)", () -> inspections.findings(campaign).size());
        table.append(String.format("%-44s %6d %9s %9.1f %9.1f %7d%n", "  five at once, each", pages[0], "",
                together[together.length / 2], together[together.length - 1], 2000));
        // the reports offered as plain links (decision 0042): made while their download request waits
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));
        LocalDate monthStart = today.withDayOfMonth(1).minusMonths(1);
        long largest = jdbc.queryForObject("SELECT unit_id FROM care_task WHERE campaign_id = ? GROUP BY unit_id "
                + "ORDER BY COUNT(*) DESC LIMIT 1", Long.class, campaign);
        other(table, "campaign list, last month to today",
                () -> PdfPages.count(campaignList.renderPdf(monthStart, today, VIETNAMESE)));
        other(table, "unit result, largest unit, last month to today",
                () -> PdfPages.count(unitResult.renderPdf(largest, monthStart, today, VIETNAMESE)));
        other(table, "organisation and staff roster", () -> PdfPages.count(roster.renderPdf(VIETNAMESE)));
        table.append(String.format("(campaign %d, %d care tasks; alone: median of %d runs after %d warm-up runs, %.1f "
                        + "pages/s; five at once: %d rounds of %d threads, each call's time; heap after full GC "
                        + "%.1f MiB before, %.1f MiB after; load average %.2f)%n", campaign, tasks, MEASURED_RUNS,
                WARM_UP_RUNS, pages[0] * 1000 / median, ROUNDS, AT_ONCE, heapBefore / 1048576.0,
                heapAfter / 1048576.0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(table);
        SecurityContextHolder.clearContext();
        System.exit(SpringApplication.exit(context));
    }

    /**
     * Once per database, what the step 6 benchmark leaves empty, so that every section of the report has lines: every
     * 40th generated hand-off (all raised by the campaign's units' stores) attributed to the campaign; per executing
     * unit a submitted inspection with six findings (one from callbacks) and their corrective actions in every
     * state; and the planner's conclusions. Written in SQL, as the generators write the rest of the set.
     */
    private void fillStepsSevenAndEight(long campaign) {
        String name = jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, campaign);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE campaign_id = ?", Long.class, campaign) == 0) {
            jdbc.update("UPDATE handoff SET campaign_id = ?, campaign_name = ? WHERE campaign_id IS NULL AND id % 40 = 0",
                    campaign, name);
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE campaign_id = ?", Long.class, campaign) == 0) {
            jdbc.update("INSERT INTO evaluation (campaign_id, state, conclusions, proposals) VALUES (?, 'DRAFT', ?, ?)",
                    campaign, "Các đơn vị hoàn thành phần lớn chỉ tiêu tiếp cận; tỷ lệ đồng ý thấp ở khu vực miền núi.",
                    "Bổ sung kịch bản cho khách hàng doanh nghiệp; kiểm tra lại danh sách trước khi giao.");
        }
        if (jdbc.queryForObject("SELECT COUNT(*) FROM inspection WHERE campaign_id = ? AND state = 'SUBMITTED'",
                Long.class, campaign) > 0) {
            return;
        }
        long template = jdbc.queryForObject("SELECT id FROM checklist_template WHERE subject = 'SALES_DEPT' "
                + "ORDER BY id LIMIT 1", Long.class);
        String[] states = {"OPEN", "DONE", "VERIFIED", "REOPENED", "OPEN", "VERIFIED"};
        jdbc.query("SELECT s.unit_id, u.name, u.path, m.id AS manager, m.full_name FROM campaign_share s "
                + "JOIN unit u ON u.id = s.unit_id JOIN user_account m ON m.unit_id = s.unit_id "
                + "AND m.username LIKE '%.truongphong' WHERE s.campaign_id = ?", unit -> {
                    long unitId = unit.getLong("unit_id");
                    jdbc.update("INSERT INTO inspection (template_id, campaign_id, campaign_name, unit_id, unit_name, "
                            + "unit_path, supervisor_id, supervisor_name, planned_on, state, submitted_at, score, "
                            + "knocked_out) SELECT ?, ?, ?, ?, ?, ?, id, full_name, CURRENT_DATE - INTERVAL 10 DAY, "
                            + "'SUBMITTED', NOW() - INTERVAL 10 DAY, ?, ? FROM user_account WHERE username = 'giamsat'",
                            template, campaign, name, unitId, unit.getString("name"), unit.getString("path"),
                            70 + unitId % 25, unitId % 5 == 0);
                    long inspection = jdbc.queryForObject("SELECT MAX(id) FROM inspection", Long.class);
                    for (int finding = 0; finding < states.length; finding++) {
                        boolean callbacks = finding == 0;
                        jdbc.update("INSERT INTO finding (inspection_id, source_kind, staff_id, staff_name, "
                                + "callbacks_confirmed, callbacks_unconfirmed, item_text, answer_value, knock_out, "
                                + "unit_id, unit_name, unit_path, supervisor_id, state) SELECT ?, ?, ?, ?, ?, ?, ?, 'NO', ?, "
                                + "?, ?, ?, i.supervisor_id, 'ACKNOWLEDGED' FROM inspection i WHERE i.id = ?", inspection,
                                callbacks ? "CALLBACK" : "ITEM", callbacks ? unit.getLong("manager") : null,
                                callbacks ? unit.getString("full_name") : null, callbacks ? 18 : null,
                                callbacks ? 2 + unitId % 4 : null, callbacks ? "Gọi lại kiểm chứng"
                                        : "Mục kiểm tra " + (finding + 1) + ": chưa đạt yêu cầu của chương trình",
                                finding == 1 && unitId % 5 == 0, unitId, unit.getString("name"), unit.getString("path"),
                                inspection);
                        jdbc.update("INSERT INTO corrective_action (finding_id, unit_id, unit_name, unit_path, owner_id, "
                                + "owner_name, due_on, description, state) VALUES ((SELECT MAX(id) FROM finding), ?, ?, ?, "
                                + "?, ?, CURRENT_DATE - INTERVAL ? DAY, ?, ?)", unitId, unit.getString("name"),
                                unit.getString("path"), unit.getLong("manager"), unit.getString("full_name"),
                                finding * 2 - 3, "Khắc phục mục " + (finding + 1) + " và báo cáo kết quả",
                                states[finding]);
                    }
                }, campaign);
    }

    private static void other(StringBuilder table, String call, IntSupplier pages) {
        int[] counted = new int[1];
        double first = BenchmarkTimer.median(() -> counted[0] = pages.getAsInt(), 0, 1);
        table.append(String.format("%-44s %6d %9.1f %9.1f%n", call, counted[0], first,
                BenchmarkTimer.median(pages, WARM_UP_RUNS - 1, MEASURED_RUNS)));
    }

    private static void part(StringBuilder table, String call, IntSupplier timed) {
        table.append(String.format("%-44s %6s %9.1f %9.1f%n", call, "", BenchmarkTimer.median(timed, 0, 1),
                BenchmarkTimer.median(timed, WARM_UP_RUNS - 1, MEASURED_RUNS)));
    }

    /** Each call's milliseconds over the rounds of five reports made at once, sorted. */
    private double[] atOnce(long campaign, SecurityContext security) throws Exception {
        List<Double> millis = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE)) {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<Double>> calls = new ArrayList<>();
                for (int call = 0; call < AT_ONCE; call++) {
                    calls.add(threads.submit(() -> {
                        SecurityContextHolder.setContext(security);
                        try {
                            long started = System.nanoTime();
                            report.draft(campaign, VIETNAMESE);
                            return (System.nanoTime() - started) / 1_000_000.0;
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
                for (Future<Double> call : calls) {
                    millis.add(call.get());
                }
            }
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The report as drafted, to look at: target/evaluation-benchmark.pdf. */
    private static void keep(byte[] pdf) {
        try {
            Files.write(Path.of("target", "evaluation-benchmark.pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
