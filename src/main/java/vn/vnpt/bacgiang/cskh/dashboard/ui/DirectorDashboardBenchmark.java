package vn.vnpt.bacgiang.cskh.dashboard.ui;

import java.util.Arrays;
import java.util.function.IntSupplier;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.execution.UnitFigures;

/**
 * The {@code execution-benchmark} profile's Director dashboard (README, "Benchmarks"; goal: ≤ 300 ms server
 * side): every query the dashboard makes ({@link ManagementDashboards#director()}), and the step-6 figures
 * alone from the progress snapshot, as the Director. Runs before the step 6 benchmark, which exits: on a
 * database the step 6 benchmark has not yet filled it times the smaller demo-sized figures, so run it twice.
 */
@Component
@Profile("execution-benchmark")
@Order(0)
class DirectorDashboardBenchmark implements CommandLineRunner {

    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 7;

    private final ManagementDashboards dashboards;
    private final UnitFigures unitFigures;
    private final UserDetailsService users;

    DirectorDashboardBenchmark(ManagementDashboards dashboards, UnitFigures unitFigures, UserDetailsService users) {
        this.dashboards = dashboards;
        this.unitFigures = unitFigures;
        this.users = users;
    }

    @Override
    public void run(String... args) {
        UserDetails director = users.loadUserByUsername("giamdoc");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        StringBuilder table = new StringBuilder(String.format("%n%-10s %-44s %8s %10s %10s%n", "user", "call", "rows",
                "first ms", "median ms"));
        table.append(line("step-6 figures of live campaigns (snapshot)", () -> unitFigures.live().rows().size()));
        table.append(line("Director dashboard, all its queries", () -> {
            ManagementDashboards.Director data = dashboards.director();
            return data.campaigns().size() + data.unitFigures().rows().size() + data.slaAllTime().size()
                    + data.slaThisMonth().size() + data.actions().size();
        }));
        table.append(String.format("(rows: the records read; first: the very first call; median of %d runs after %d "
                + "warm-up runs)%n", MEASURED_RUNS, WARM_UP_RUNS));
        System.out.println(table);
        SecurityContextHolder.clearContext();
    }

    private static String line(String call, IntSupplier timed) {
        long[] nanos = new long[WARM_UP_RUNS + MEASURED_RUNS];
        int rows = 0;
        for (int run = 0; run < nanos.length; run++) {
            long started = System.nanoTime();
            rows = timed.getAsInt();
            nanos[run] = System.nanoTime() - started;
        }
        long[] measured = Arrays.copyOfRange(nanos, WARM_UP_RUNS, nanos.length);
        Arrays.sort(measured);
        return String.format("%-10s %-44s %8d %10.1f %10.1f%n", "giamdoc", call, rows, nanos[0] / 1e6,
                measured[measured.length / 2] / 1e6);
    }
}
