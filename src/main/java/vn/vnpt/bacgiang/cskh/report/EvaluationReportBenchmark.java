package vn.vnpt.bacgiang.cskh.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import vn.vnpt.bacgiang.cskh.execution.ContactTrend;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspectionService;

/**
 * The {@code evaluation-benchmark} profile (README, "Benchmarks"; goals: the evaluation report ≤ 1 s warm, ≤ 2 s
 * each with five made at once, heap growth bounded): the draft report of the campaign with the most care tasks (the
 * step 6 benchmark's province campaign) as the Director, alone and five at once, with its page count, the pages per
 * second and the heap left after a full GC before and after; then exits.
 */
@Component
@Profile("evaluation-benchmark")
class EvaluationReportBenchmark implements CommandLineRunner {

    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 9;
    private static final int AT_ONCE = 5;
    private static final int ROUNDS = 3;
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");
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

    EvaluationReportBenchmark(EvaluationReport report, EvaluationFiguresReader figures, ProgressService progress,
                              ContactTrend trend, HandoffService handoffs, CampaignInspectionService inspections,
                              JdbcTemplate jdbc, UserDetailsService users, ConfigurableApplicationContext context) {
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
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = heapAfterGc(memory);
        int[] pages = new int[1];
        double first = BenchmarkTimer.median(() -> pages[0] = pages(report.draft(campaign, VIETNAMESE)), 0, 1);
        double median = BenchmarkTimer.median(() -> pages(report.draft(campaign, VIETNAMESE)), WARM_UP_RUNS - 1,
                MEASURED_RUNS);
        double[] together = atOnce(campaign, SecurityContextHolder.getContext());
        long heapAfter = heapAfterGc(memory);
        StringBuilder table = new StringBuilder(String.format("%n%-44s %6s %9s %9s %9s %7s%n", "call", "pages",
                "first ms", "median ms", "max ms", "goal"));
        table.append(String.format("%-44s %6d %9.1f %9.1f %9s %7d%n", "evaluation report draft (vi), alone", pages[0],
                first, median, "", 1000));
        part(table, "  of it: every figure (EvaluationFiguresReader)", () -> figures.read(campaign).units().size());
        part(table, "    units and total (ProgressService.progress)", () -> progress.progress(campaign).units().size());
        part(table, "    trend (ContactTrend.daily)", () -> trend.daily(campaign).size());
        part(table, "    hand-offs (HandoffService.slaOfCampaign)", () -> handoffs.slaOfCampaign(campaign).size());
        part(table, "    inspections (CampaignInspectionService.plan)", () -> inspections.plan(campaign).size());
        table.append(String.format("%-44s %6d %9s %9.1f %9.1f %7d%n", "  five at once, each", pages[0], "",
                together[together.length / 2], together[together.length - 1], 2000));
        table.append(String.format("(campaign %d, %d care tasks; alone: median of %d runs after %d warm-up runs, %.1f "
                        + "pages/s; five at once: %d rounds of %d threads, each call's time; heap after full GC "
                        + "%.1f MiB before, %.1f MiB after; load average %.2f)%n", campaign, tasks, MEASURED_RUNS,
                WARM_UP_RUNS, pages[0] * 1000 / median, ROUNDS, AT_ONCE, heapBefore / 1048576.0,
                heapAfter / 1048576.0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(table);
        SecurityContextHolder.clearContext();
        System.exit(SpringApplication.exit(context));
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

    /** The PDF's pages: OpenPDF writes every page object uncompressed. */
    private static int pages(byte[] pdf) {
        Matcher page = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (page.find()) {
            count++;
        }
        return count;
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
