package vn.vnpt.bacgiang.cskh.scorecard;

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
import vn.vnpt.bacgiang.cskh.base.BenchmarkTimer;

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
        double card = BenchmarkTimer.median(() -> scorecard.scorecard().rows().size(), WARM_UP_RUNS, MEASURED_RUNS);
        double snapshot = BenchmarkTimer.median(snapshots::take, WARM_UP_RUNS, MEASURED_RUNS);
        System.out.printf("%n%-40s %8s %12s%n%-40s %8d %12.1f%n%-40s %8d %12.1f%n(median of %d runs after %d warm-up "
                        + "runs; goal ≤ 500 ms for the scorecard)%n", "scorecard", "units", "median ms",
                "ScorecardService.scorecard as giamdoc", rows, card, "ScorecardSnapshots.take (upsert)", rows,
                snapshot, MEASURED_RUNS, WARM_UP_RUNS);
        SecurityContextHolder.clearContext();
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
