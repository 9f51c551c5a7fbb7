package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/**
 * The {@code supervision-benchmark} profile (README, "Benchmarks"): on the province database after the
 * step 6 benchmark (its province campaign and 2 000 000 contacts), makes sure a 60-item checklist
 * revision and a draft inspection of TP Bắc Giang's sales department on that campaign exist (every item
 * answered, a 200-contact sample drawn), then times as the supervisor, through the services: drawing a
 * stratified 200-contact sample of the unit, saving an answer, and opening the inspection as its page
 * does. Prints the first and median times and exits.
 */
@Component
@Profile("supervision-benchmark")
class SupervisionBenchmark implements ApplicationRunner {

    /** The step 6 benchmark's campaign (execution.ExecutionBenchmark.CAMPAIGN). */
    private static final String CAMPAIGN = "Benchmark: chăm sóc khách hàng toàn tỉnh";
    private static final String TEMPLATE = "BENCH-60";
    private static final String SUPERVISOR = "giamsat";
    /** Phòng bán hàng khu vực TP Bắc Giang: the unit with the most contacts in the campaign. */
    private static final long UNIT = 10;
    /** Phòng bán hàng khu vực Sơn Động: the sales department with the fewest. */
    private static final long SMALL_UNIT = 13;
    private static final int SECTIONS = 6;
    private static final int ITEMS_PER_SECTION = 10;
    private static final int SAMPLE = 200;
    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 7;

    private final JdbcTemplate jdbc;
    private final TemplateService templates;
    private final InspectionService inspections;
    private final CallbackSampleService samples;
    private final UserDetailsService users;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    SupervisionBenchmark(JdbcTemplate jdbc, TemplateService templates, InspectionService inspections,
                         CallbackSampleService samples, UserDetailsService users, TransactionTemplate transaction,
                         Clock clock, ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.inspections = inspections;
        this.samples = samples;
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> campaigns = jdbc.queryForList("SELECT id FROM campaign WHERE name = ?", Long.class, CAMPAIGN);
        if (campaigns.isEmpty()) {
            throw new IllegalStateException("No province campaign: run the execution-benchmark profile first");
        }
        long campaign = campaigns.getFirst();
        signIn(SUPERVISOR);
        long template = ensureTemplate();
        long inspection = ensureInspection(campaign, template);
        StringBuilder table = new StringBuilder(String.format("%n%-12s %-52s %8s %10s %10s%n", "user", "call", "rows",
                "first ms", "median ms"));
        table.append(timedLine("draw a stratified sample of " + SAMPLE + ", TP Bắc Giang",
                () -> drawAndRollBack(campaign, template, UNIT, false)));
        table.append(timedLine("draw a weighted stratified sample of " + SAMPLE + ", TP Bắc Giang",
                () -> drawAndRollBack(campaign, template, UNIT, true)));
        table.append(timedLine("draw a stratified sample of " + SAMPLE + ", Sơn Động",
                () -> drawAndRollBack(campaign, template, SMALL_UNIT, false)));
        InspectionSheet sheet = inspections.sheet(inspection);
        ChecklistItem answered = sheet.template().items().filter(item -> item.getType() == ItemType.YES_NO_NA)
                .findFirst().orElseThrow();
        long[] version = {sheet.answers().get(answered.getId()).getVersion()};
        int[] saves = {0};
        table.append(line("save an answer (yes / N/A in turn)", () -> {
            String value = saves[0]++ % 2 == 0 ? "NA" : "YES";
            AnswerSaved saved = inspections.answer(inspection, answered.getId(), version[0], value, null);
            version[0] = saved.version();
            return 1;
        }));
        table.append(line("open the inspection (sheet and sample)", () -> {
            InspectionSheet opened = inspections.sheet(inspection);
            SampleSheet sample = samples.sheet(inspection);
            return opened.answers().size() + sample.contacts().size();
        }));
        table.append(String.format("(rows of a draw: the unit's contacts it draws from; first: the very first call; "
                        + "median of %d runs after %d warm-up runs; %s contacts in the campaign; the inspection "
                        + "opened: %d items answered, %d sampled contacts)%n", MEASURED_RUNS, WARM_UP_RUNS,
                count("SELECT COUNT(*) FROM care_contact WHERE campaign_id = ?", campaign),
                SECTIONS * ITEMS_PER_SECTION, SAMPLE));
        System.out.println(table);
        SecurityContextHolder.clearContext();
        System.exit(SpringApplication.exit(context));
    }

    /**
     * Plans a fresh inspection and draws its sample in one transaction rolled back afterwards (a sample is
     * drawn once per inspection, and the benchmark leaves nothing behind); only the draw is timed.
     */
    private Timed drawAndRollBack(long campaign, long template, long unit, boolean weighted) {
        Timed[] drawn = new Timed[1];
        transaction.executeWithoutResult(status -> {
            Inspection planned = inspections.plan(new InspectionPlan(template, campaign, unit, null, null, today()));
            long started = System.nanoTime();
            CallbackSample sample = samples.draw(Objects.requireNonNull(planned.getId()),
                    new SampleRequest(SAMPLE, null, weighted));
            drawn[0] = new Timed(sample.getPopulation(), System.nanoTime() - started);
            status.setRollbackOnly();
        });
        return Objects.requireNonNull(drawn[0]);
    }

    /** The benchmark's template revision: six sections of ten items of every type. */
    private long ensureTemplate() {
        List<Long> found = jdbc.queryForList("SELECT id FROM checklist_template WHERE code = ? ORDER BY revision DESC",
                Long.class, TEMPLATE);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        List<SectionDraft> sections = new ArrayList<>();
        ItemType[] types = {ItemType.YES_NO_NA, ItemType.YES_NO_NA, ItemType.SCORE_0_5, ItemType.YES_NO_NA,
            ItemType.SCORE_0_5, ItemType.YES_NO_NA, ItemType.NUMBER, ItemType.YES_NO_NA, ItemType.TEXT,
            ItemType.EVIDENCE};
        for (int s = 0; s < SECTIONS; s++) {
            List<ItemDraft> items = new ArrayList<>();
            for (int i = 0; i < ITEMS_PER_SECTION; i++) {
                ItemType type = types[i];
                items.add(new ItemDraft(null, "Mục kiểm tra " + (s + 1) + "." + (i + 1), type,
                        type.scored() ? 1 + i % 3 : 0, type.scored() && i == 0, type.scored() && i % 2 == 1));
            }
            sections.add(new SectionDraft("Phần " + (s + 1), items));
        }
        return Objects.requireNonNull(templates.save(new TemplateDraft(TEMPLATE, "Benchmark: bảng kiểm tra 60 mục",
                ChecklistSubject.SALES_DEPT, sections), 0).getId());
    }

    /** The benchmark's draft inspection of the unit: every item answered and a sample drawn. */
    private long ensureInspection(long campaign, long template) {
        List<Long> found = jdbc.queryForList("SELECT id FROM inspection WHERE campaign_id = ? AND template_id = ? "
                + "AND unit_id = ? ORDER BY id", Long.class, campaign, template, UNIT);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        long id = Objects.requireNonNull(inspections.plan(new InspectionPlan(template, campaign, UNIT, null, null,
                today())).getId());
        inspections.sheet(id).template().items().forEach(item -> {
            String value = switch (item.getType()) {
                case YES_NO_NA -> "YES";
                case SCORE_0_5 -> "4";
                case NUMBER -> "12";
                case TEXT -> "Ghi nhận tại quầy";
                case EVIDENCE -> null;
            };
            if (value != null) {
                inspections.answer(id, item.getId(), InspectionService.NEW_ANSWER, value, "Đã kiểm tra");
            }
        });
        samples.draw(id, new SampleRequest(SAMPLE, null, false));
        return id;
    }

    /** Times each call of {@code measured} as a whole. */
    private String line(String call, LongSupplier measured) {
        return timedLine(call, () -> {
            long started = System.nanoTime();
            long rows = measured.getAsLong();
            return new Timed(rows, System.nanoTime() - started);
        });
    }

    /** Runs {@code measured}, which times itself, once, then warm-up runs, then the measured runs. */
    private String timedLine(String call, Supplier<Timed> measured) {
        Timed first = measured.get();
        for (int run = 1; run < WARM_UP_RUNS; run++) {
            measured.get();
        }
        double[] sorted = Stream.generate(measured).limit(MEASURED_RUNS).mapToDouble(Timed::millis).sorted().toArray();
        return String.format("%-12s %-52s %8d %10.1f %10.1f%n", SUPERVISOR, call, first.rows(), first.millis(),
                sorted[sorted.length / 2]);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    private record Timed(long rows, long nanos) {

        double millis() {
            return nanos / 1_000_000.0;
        }
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
