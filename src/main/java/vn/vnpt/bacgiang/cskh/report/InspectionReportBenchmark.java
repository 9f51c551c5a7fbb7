package vn.vnpt.bacgiang.cskh.report;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.BenchmarkTimer;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistItem;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistSubject;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistTemplate;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPlan;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.PrintoutService;

/**
 * The {@code supervision-benchmark} profile's inspection PDF (README, "Benchmarks"; goal: ≤ 1 s warm with ten
 * evidence photos): reuses an inspection that has ten photos or more, or plans one of Lục Nam's sales
 * department on the newest sales checklist (on a campaign in execution, leaving the demo's campaign 9 to
 * the demo), answers it, attaches ten camera-sized photos and submits it;
 * then fills and exports its PDF as the supervisor and prints the first and the median time. Runs before
 * any other benchmark of the profile and exits only when it is the only one (the last one exits).
 */
@Component
@Profile("supervision-benchmark")
@Order(0)
class InspectionReportBenchmark implements CommandLineRunner {

    private static final int PHOTOS = 10;
    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 9;
    private static final long LUC_NAM_SALES = 11;
    private static final String SUPERVISOR = "giamsat";

    private final InspectionReport report;
    private final PrintoutService printouts;
    private final InspectionService inspections;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    InspectionReportBenchmark(InspectionReport report, PrintoutService printouts, InspectionService inspections, JdbcTemplate jdbc,
                              UserDetailsService users, TransactionTemplate transaction, Clock clock,
                              ConfigurableApplicationContext context) {
        this.report = report;
        this.printouts = printouts;
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(String... args) {
        UserDetails supervisor = users.loadUserByUsername(SUPERVISOR);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(supervisor, null, supervisor.getAuthorities()));
        long id = existing().orElseGet(() -> Objects.requireNonNull(transaction.execute(status -> withPhotos())));
        int[] bytes = new int[1];
        StringBuilder table = new StringBuilder(String.format("%n%-52s %10s %10s%n", "call", "first ms", "median ms"));
        table.append(line("read for print (PrintoutService.printout)", () -> printouts.printout(id)));
        table.append(line("inspection PDF (read + fill + export, vi)",
                () -> bytes[0] = report.render(id, PortalI18NProvider.VIETNAMESE).length));
        table.append(String.format("(inspection %d with %d photos, PDF %d bytes; first: the first call after start; median "
                + "of %d runs after %d warm-up runs)%n", id, photos(id), bytes[0], MEASURED_RUNS, WARM_UP_RUNS));
        System.out.println(table);
        SecurityContextHolder.clearContext();
        boolean othersFollow = Stream.<Class<?>>of(CommandLineRunner.class, ApplicationRunner.class)
                .flatMap(runner -> Arrays.stream(context.getBeanNamesForType(runner)))
                .anyMatch(name -> name.endsWith("Benchmark") && !name.equals("inspectionReportBenchmark"));
        if (!othersFollow) {
            System.exit(SpringApplication.exit(context));
        }
    }

    private String line(String call, Runnable timed) {
        IntSupplier run = () -> {
            timed.run();
            return 0;
        };
        double first = BenchmarkTimer.median(run, 0, 1);
        double median = BenchmarkTimer.median(run, WARM_UP_RUNS - 1, MEASURED_RUNS);
        return String.format("%-52s %10.1f %10.1f%n", call, first, median);
    }

    private Optional<Long> existing() {
        return jdbc.queryForList("SELECT inspection_id FROM inspection_evidence WHERE media_type LIKE 'image/%' "
                + "GROUP BY inspection_id HAVING COUNT(*) >= ? ORDER BY inspection_id LIMIT 1", Long.class, PHOTOS)
                .stream().findFirst();
    }

    private int photos(long id) {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM inspection_evidence "
                + "WHERE inspection_id = ? AND media_type LIKE 'image/%'", Integer.class, id));
    }

    /** Lục Nam's sales department on demo campaign 9, every item answered, ten photos, submitted. */
    private long withPhotos() {
        ChecklistTemplate template = inspections.templates().stream()
                .filter(candidate -> candidate.getSubject() == ChecklistSubject.SALES_DEPT).findFirst().orElseThrow();
        long campaign = inspections.campaigns().stream()
                .sorted(Comparator.comparing(found -> found.getState() != CampaignState.EXECUTION))
                .map(found -> Objects.requireNonNull(found.getId())).findFirst().orElseThrow();
        long id = Objects.requireNonNull(inspections.plan(new InspectionPlan(template.getId(), campaign, LUC_NAM_SALES,
                null, null, LocalDate.now(clock))).getId());
        List<ChecklistItem> items = new ArrayList<>(template.items().toList());
        for (ChecklistItem item : items) {
            String value = switch (item.getType()) {
                case YES_NO_NA -> "YES";
                case SCORE_0_5 -> "4";
                case NUMBER -> "92";
                case TEXT -> "Đơn vị thực hiện đầy đủ, ghi nhận kết quả đúng hạn.";
                case EVIDENCE -> null;
            };
            if (value != null) {
                inspections.answer(id, item.getId(), InspectionService.NEW_ANSWER, value,
                        item.getType().scored() ? "Đã kiểm tra tại chỗ, có ảnh chụp kèm theo." : null);
            }
        }
        Random random = new Random(7);
        for (int photo = 0; photo < PHOTOS; photo++) {
            ChecklistItem item = items.get(photo % items.size());
            inspections.attach(id, item.getId(), "anh-hien-truong-" + (photo + 1) + ".jpg", cameraPhoto(random));
        }
        inspections.submit(id);
        return id;
    }

    /** A 12-megapixel JPEG with gradients and noise, so it compresses like a photo rather than a drawing. */
    private static byte[] cameraPhoto(Random random) {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), 4000, 3000,
                new Color(random.nextInt(0xFFFFFF))));
        graphics.fillRect(0, 0, 4000, 3000);
        for (int blot = 0; blot < 400; blot++) {
            graphics.setColor(new Color(random.nextInt(0xFFFFFF)));
            graphics.fillOval(random.nextInt(4000), random.nextInt(3000), 20 + random.nextInt(300), 20 + random.nextInt(300));
        }
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
