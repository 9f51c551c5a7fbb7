package vn.vnpt.bacgiang.cskh.segment;

import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.BenchmarkTimer;

/**
 * The {@code benchmark} profile (README, "Benchmarks"): times every preset's count with its
 * district breakdown and the first two pages of members, through the same service calls the
 * segment builder makes, as a planner (the whole province) and as TP Bắc Giang's sales manager
 * (the largest district). Prints the medians and exits.
 */
@Component
@Profile("benchmark")
class SegmentBenchmark implements ApplicationRunner {

    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 7;
    private static final int PAGE_SIZE = 50;
    private static final List<String> USERS = List.of("kehoach", "tpbg.truongphong");

    private final SegmentQuery query;
    private final UserDetailsService users;
    private final ConfigurableApplicationContext context;

    SegmentBenchmark(SegmentQuery query, UserDetailsService users, ConfigurableApplicationContext context) {
        this.query = query;
        this.users = users;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        StringBuilder table = new StringBuilder(String.format("%n%-18s %-26s %10s %12s %12s %12s%n", "user", "preset",
                "matched", "count ms", "page 1 ms", "page 2 ms"));
        for (String username : USERS) {
            signIn(username);
            for (SegmentPreset preset : SegmentPreset.values()) {
                SegmentCriteria criteria = preset.criteria();
                long matched = query.count(criteria).total();
                double count = median(() -> query.countNow(criteria).total());
                double first = median(() -> query.members(criteria, MemberOrder.BY_NAME, 0, PAGE_SIZE).size());
                double second = median(() -> query.members(criteria, MemberOrder.BY_NAME, PAGE_SIZE, PAGE_SIZE)
                        .size());
                table.append(String.format("%-18s %-26s %10d %12.1f %12.1f %12.1f%n", username, preset, matched,
                        count, first, second));
            }
        }
        table.append(String.format("(median of %d runs after %d warm-up runs; page size %d)%n", MEASURED_RUNS,
                WARM_UP_RUNS, PAGE_SIZE));
        System.out.println(table);
        SecurityContextHolder.clearContext();
        System.exit(SpringApplication.exit(context));
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Median wall-clock milliseconds of the call. */
    private static double median(LongSupplier call) {
        return BenchmarkTimer.median(() -> {
            call.getAsLong();
            return 0;
        }, WARM_UP_RUNS, MEASURED_RUNS);
    }
}
