package vn.vnpt.bacgiang.cskh.handoff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
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
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.sla.WorkingTime;

/**
 * The {@code benchmark} profile (README, "Benchmarks"): makes sure the database holds 100 000
 * generated hand-offs (adds what is missing, so reruns reuse them), then times queue pages through
 * {@link HandoffService#queue} — the SQL page plus each row's SLA clock — as a TTVT, a sales manager
 * and the Director, prints the medians and exits. Runs before the segment benchmark, which exits too.
 */
@Component
@Profile("benchmark")
@Order(0)
class HandoffBenchmark implements ApplicationRunner {

    static final int HANDOFFS = 100_000;
    private static final String MARK = "[benchmark] ";
    private static final int WARM_UP_RUNS = 2;
    private static final int MEASURED_RUNS = 7;
    private static final int PAGE_SIZE = 50;

    private final HandoffService handoffs;
    private final HandoffSla sla;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final ConfigurableApplicationContext context;
    private final Clock clock;

    HandoffBenchmark(HandoffService handoffs, HandoffSla sla, JdbcTemplate jdbc, UserDetailsService users,
                     ConfigurableApplicationContext context, Clock clock) {
        this.handoffs = handoffs;
        this.sla = sla;
        this.jdbc = jdbc;
        this.users = users;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int added = generate();
        System.out.printf("%nHand-offs: %d added in %.1f s (%d in the database)%n", added,
                (System.nanoTime() - started) / 1e9, count());
        StringBuilder table = new StringBuilder(String.format("%n%-18s %-34s %8s %12s%n", "user", "queue page",
                "rows", "median ms"));
        measure(table, "ttvt.tpbg", "received, open, by deadline p1", QueueFilter.of(QueueFilter.Mode.RECEIVED), 0);
        measure(table, "ttvt.tpbg", "received, open, by deadline p2", QueueFilter.of(QueueFilter.Mode.RECEIVED), 1);
        measure(table, "ttvt.tpbg", "received, overdue only",
                new QueueFilter(QueueFilter.Mode.RECEIVED, Set.of(), null, null, null, true,
                        QueueFilter.Sort.DEADLINE, true), 0);
        measure(table, "ttvt.tpbg", "received, by customer name",
                QueueFilter.of(QueueFilter.Mode.RECEIVED).sortedBy(QueueFilter.Sort.CUSTOMER, true), 0);
        measure(table, "ttvt.tpbg", "received, open, most urgent first",
                QueueFilter.of(QueueFilter.Mode.RECEIVED).sortedBy(QueueFilter.Sort.PRIORITY, true), 0);
        measure(table, "giamdoc", "all units, open, most urgent first",
                QueueFilter.of(QueueFilter.Mode.ALL).sortedBy(QueueFilter.Sort.PRIORITY, true), 0);
        measure(table, "ttvt.tpbg", "received, confirmed, newest",
                new QueueFilter(QueueFilter.Mode.RECEIVED, Set.of(HandoffState.CONFIRMED), null, null, null, false,
                        QueueFilter.Sort.SENT, false), 0);
        measure(table, "ttvt.yendung", "received, open, by deadline p1", QueueFilter.of(QueueFilter.Mode.RECEIVED), 0);
        measure(table, "tpbg.truongphong", "sent, open, by deadline", QueueFilter.of(QueueFilter.Mode.SENT), 0);
        measure(table, "giamdoc", "all units, open, by deadline", QueueFilter.of(QueueFilter.Mode.ALL), 0);
        measure(table, "giamdoc", "all units, overdue only",
                new QueueFilter(QueueFilter.Mode.ALL, Set.of(), null, null, null, true, QueueFilter.Sort.DEADLINE,
                        true), 0);
        table.append(String.format("(median of %d runs after %d warm-up runs; page size %d; through "
                + "HandoffService.queue with each row's SLA clock)%n", MEASURED_RUNS, WARM_UP_RUNS, PAGE_SIZE));
        System.out.println(table);
        SecurityContextHolder.clearContext();
    }

    private void measure(StringBuilder table, String username, String label, QueueFilter filter, int page) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        int rows = handoffs.queue(filter, page, PAGE_SIZE).size();
        double millis = BenchmarkTimer.median(() -> handoffs.queue(filter, page, PAGE_SIZE).size(), WARM_UP_RUNS,
                MEASURED_RUNS);
        table.append(String.format("%-18s %-34s %8d %12.1f%n", username, label, rows, millis));
    }

    private long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM handoff", Long.class);
        return count == null ? 0 : count;
    }

    /** Adds generated hand-offs until there are {@link #HANDOFFS} of them; a seeded random makes reruns alike. */
    private int generate() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE description LIKE '[benchmark]%'",
                Long.class);
        int missing = HANDOFFS - (existing == null ? 0 : existing.intValue());
        if (missing <= 0) {
            return 0;
        }
        Map<District, Long> ttvt = new EnumMap<>(District.class);
        Map<District, Object[]> requesters = new EnumMap<>(District.class);
        for (District district : District.values()) {
            ttvt.put(district, jdbc.queryForObject("SELECT id FROM unit WHERE kind = 'TELECOM_CENTER' AND district = ?",
                    Long.class, district.name()));
            requesters.put(district, jdbc.queryForObject("SELECT a.id, a.full_name, u.id, u.name, u.path "
                    + "FROM user_account a JOIN unit u ON u.id = a.unit_id JOIN user_role r ON r.user_id = a.id "
                    + "WHERE r.role = 'CARE_STAFF' AND u.district = ? ORDER BY a.id LIMIT 1",
                    (rs, row) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5)}, district.name()));
        }
        Map<Long, String> ttvtNames = new java.util.HashMap<>();
        jdbc.query("SELECT id, name FROM unit WHERE kind = 'TELECOM_CENTER'",
                rs -> { ttvtNames.put(rs.getLong(1), rs.getString(2)); });
        List<Object[]> customers = jdbc.query("SELECT id, code, name, phone, district FROM customer "
                + "WHERE kind <> 'ENTERPRISE' ORDER BY id LIMIT ?", (rs, row) -> new Object[]{rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)}, missing);
        WorkingTime time = sla.time();
        Instant now = clock.instant();
        Random random = new Random(20_261_125L + missing);
        List<Object[]> batch = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < missing; i++) {
            Object[] customer = customers.get(i % customers.size());
            District district = District.valueOf((String) customer[4]);
            Object[] requester = requesters.get(district);
            long receiver = ttvt.get(district);
            HandoffType type = HandoffType.values()[random.nextInt(3)];
            HandoffPriority priority = HandoffPriority.values()[random.nextInt(4)];
            int accept = new int[]{240, 120, 60, 30}[priority.ordinal()];
            int resolve = (int) Math.round(new double[]{4, 2, 1, 0.5}[priority.ordinal()] * 420
                    * new double[]{1, 0.5, 1.5}[type.ordinal()]);
            Instant sent = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 90)));
            HandoffState state = state(random.nextInt(100));
            Instant due = null;
            Instant warn = null;
            if (state.isAcceptClock() || state.isResolveClock() && state != HandoffState.WAITING_CUSTOMER) {
                Duration target = Duration.ofMinutes(state.isAcceptClock() ? accept : resolve);
                due = time.deadline(sent, target, List.of());
                warn = time.deadline(sent, target.multipliedBy(75).dividedBy(100), List.of());
            }
            batch.add(new Object[]{type.name(), priority.name(), state.name(), state.isOpen(),
                    MARK + "Yêu cầu " + type.name().toLowerCase() + " số " + i, requester[0], requester[1],
                    requester[2], requester[3], requester[4], receiver, ttvtNames.get(receiver), customer[0],
                    customer[1], customer[2], customer[3], district.name(), Timestamp.from(sent), accept, resolve,
                    75, ts(due), ts(warn), state == HandoffState.WAITING_CUSTOMER ? Timestamp.from(now) : null,
                    state == HandoffState.CONFIRMED ? Timestamp.from(sent.plus(Duration.ofHours(5))) : null,
                    due != null && due.isBefore(now) ? 1 : 0});
            if (batch.size() == 2_000 || i == missing - 1) {
                jdbc.batchUpdate("INSERT INTO handoff (handoff_type, priority, state, is_open, description, "
                        + "requester_id, requester_name, requester_unit_id, requester_unit_name, requester_unit_path, "
                        + "receiver_unit_id, receiver_unit_name, customer_id, customer_code, customer_name, "
                        + "customer_phone, customer_district, sent_at, accept_minutes, resolve_minutes, warn_percent, "
                        + "due_at, warn_at, paused_since, resolved_at, escalation_level) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
                added += batch.size();
                batch.clear();
            }
        }
        return added;
    }

    /** A spread like a live portal's: most hand-offs confirmed, a third still with the receiver. */
    private static HandoffState state(int percent) {
        if (percent < 8) {
            return HandoffState.SENT;
        } else if (percent < 14) {
            return HandoffState.ACCEPTED;
        } else if (percent < 28) {
            return HandoffState.IN_PROGRESS;
        } else if (percent < 32) {
            return HandoffState.WAITING_CUSTOMER;
        } else if (percent < 37) {
            return HandoffState.RESOLVED;
        } else if (percent < 39) {
            return HandoffState.RETURNED;
        } else if (percent < 41) {
            return HandoffState.CANCELLED;
        }
        return HandoffState.CONFIRMED;
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
