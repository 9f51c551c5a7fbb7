package vn.vnpt.bacgiang.cskh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import vn.vnpt.bacgiang.cskh.OtherPortals;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.sla.CalendarSettings;
import vn.vnpt.bacgiang.cskh.sla.Holiday;
import vn.vnpt.bacgiang.cskh.sla.HolidayKind;
import vn.vnpt.bacgiang.cskh.sla.WorkingCalendar;

/**
 * Two portal nodes on one database (docs/decisions/0043): the suite's context and a second one started here on the
 * same MariaDB, as the two-node setup runs two JVMs behind the load balancer. The second keeps its working calendar
 * at most a second, the first the default 30 s.
 */
class TwoNodesTest extends PortalTest {

    private static final String JOB = "LoginThrottle.purge";
    private static @org.jspecify.annotations.Nullable ConfigurableApplicationContext second;

    @Autowired
    private ApplicationContext first;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CalendarSettings calendar;

    @BeforeAll
    static void startTheSecondNode(@Autowired DataSource dataSource) throws Exception {
        List<String> arguments = new ArrayList<>(OtherPortals.connectedTo((HikariDataSource) dataSource));
        arguments.addAll(List.of("--server.port=0", "--portal.sla.calendar-max-age=PT1S", "--portal.node.route=node2"));
        second = OtherPortals.keepingTheSuitesSecurity(() -> OtherPortals.start(arguments.toArray(String[]::new)));
    }

    @AfterAll
    static void stopTheSecondNode() throws Exception {
        OtherPortals.keepingTheSuitesSecurity(() -> {
            second().close();
            return null;
        });
    }

    @Test
    void aJobFiredOnBothNodesAtOnceRunsOnOneOfThem() throws Exception {
        try {
            jdbc.update("DELETE FROM shedlock WHERE name = ?", JOB);
            long before = runs();
            Runnable onFirst = firing(first);
            Runnable onSecond = firing(second());
            CountDownLatch fired = new CountDownLatch(1);

            try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
                Future<?> one = nodes.submit(() -> runWhen(fired, onFirst));
                Future<?> other = nodes.submit(() -> runWhen(fired, onSecond));
                fired.countDown();
                one.get();
                other.get();
            }

            assertThat(runs()).isEqualTo(before + 1);
            assertThat(jdbc.queryForObject("SELECT lock_until > UTC_TIMESTAMP(3) FROM shedlock WHERE name = ?",
                    Boolean.class, JOB)).as("held for its least time after the run").isTrue();
        } finally {
            jdbc.update("DELETE FROM shedlock WHERE name = ?", JOB);
        }
    }

    @Test
    void aHolidayAnAdminAddsOnOneNodeCountsOnTheOtherOnceItsCalendarIsOlderThanItsMaxAge() throws Exception {
        WorkingCalendar onSecond = second().getBean(WorkingCalendar.class);
        LocalDate monday = LocalDate.of(2027, 3, 8);
        assertThat(onSecond.isWorkingDay(monday)).isTrue();

        Holiday added = as("admin", () -> calendar.saveHoliday(new Holiday(monday, "Nghỉ thử hai nút",
                HolidayKind.OTHER)));
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (onSecond.isWorkingDay(monday) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }

            assertThat(onSecond.isWorkingDay(monday)).as("a day off on the second node too").isFalse();
        } finally {
            as("admin", () -> {
                calendar.deleteHoliday(added);
                return null;
            });
        }
    }

    @Test
    void theSecondNodesSessionIdsEndInItsRouteForTheLoadBalancerToSendItsUsersBack() throws Exception {
        String port = second().getEnvironment().getProperty("local.server.port");
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).matches("JSESSIONID=[0-9A-F]+\\.node2;.*"));
    }

    /** The purge as the node's scheduler runs it at its cron: recorded, and locked across the nodes. */
    private static Runnable firing(ApplicationContext node) {
        Runnable purge = node.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(task -> task.getTask().getRunnable())
                .filter(task -> JobRun.keyOf(task).equals(JOB)).findFirst().orElseThrow();
        return ((JobScheduling.SchedulerOnly) node.getBean(TaskScheduler.class)).guarded(purge);
    }

    private static Object runWhen(CountDownLatch fired, Runnable job) throws InterruptedException {
        fired.await();
        job.run();
        return null;
    }

    private long runs() {
        return jdbc.query("SELECT runs FROM job_run WHERE job = ?", rs -> rs.next() ? rs.getLong(1) : 0L, JOB);
    }

    private static ConfigurableApplicationContext second() {
        return java.util.Objects.requireNonNull(second);
    }
}
