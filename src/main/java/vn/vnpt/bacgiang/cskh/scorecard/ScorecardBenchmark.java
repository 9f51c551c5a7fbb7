package vn.vnpt.bacgiang.cskh.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The {@code scorecard-benchmark} profile (README, "Benchmarks"; goal ≤ 500 ms server side on the province
 * database): times the whole scorecard as the Director — every figure of every unit and the previous period's
 * snapshot — and one snapshot run, prints the medians and exits. Measures whatever the database holds: run it
 * after the hand-off and step 6 benchmarks have filled it.
 */
@Component
@Profile("scorecard-benchmark")
@Order(20)
class ScorecardBenchmark implements ApplicationRunner {

    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 7;

    private final ScorecardService scorecard;
    private final ScorecardSnapshots snapshots;
    private final UserDetailsService users;
    private final ConfigurableApplicationContext context;

    ScorecardBenchmark(ScorecardService scorecard, ScorecardSnapshots snapshots, UserDetailsService users,
                       ConfigurableApplicationContext context) {
        this.scorecard = scorecard;
        this.snapshots = snapshots;
        this.users = users;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDetails director = users.loadUserByUsername("giamdoc");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        int rows = scorecard.scorecard().rows().size();
        double card = median(() -> scorecard.scorecard().rows().size());
        double snapshot = median(snapshots::take);
        System.out.printf("%n%-40s %8s %12s%n%-40s %8d %12.1f%n%-40s %8d %12.1f%n(median of %d runs after %d warm-up "
                        + "runs; goal ≤ 500 ms for the scorecard)%n", "scorecard", "units", "median ms",
                "ScorecardService.scorecard as giamdoc", rows, card, "ScorecardSnapshots.take (upsert)", rows,
                snapshot, MEASURED_RUNS, WARM_UP_RUNS);
        SecurityContextHolder.clearContext();
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private static double median(IntSupplier call) {
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            call.getAsInt();
        }
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long started = System.nanoTime();
            call.getAsInt();
            millis.add((System.nanoTime() - started) / 1_000_000.0);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
