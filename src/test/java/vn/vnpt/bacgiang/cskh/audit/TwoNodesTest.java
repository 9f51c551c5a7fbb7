package vn.vnpt.bacgiang.cskh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import vn.vnpt.bacgiang.cskh.Application;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * Two portal nodes on one database (docs/decisions/0043): the suite's context and a second one started here on the
 * same MariaDB, as the two-node setup runs two JVMs behind the load balancer.
 */
class TwoNodesTest extends PortalTest {

    private static final String JOB = "LoginThrottle.purge";

    @Autowired
    private ApplicationContext first;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aJobFiredOnBothNodesAtOnceRunsOnOneOfThem() throws Exception {
        HikariDataSource database = (HikariDataSource) dataSource;
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties(Map.of("spring.datasource.url", database.getJdbcUrl(),
                        "spring.datasource.username", database.getUsername(),
                        "spring.datasource.password", database.getPassword(), "server.port", "0"))
                .run()) {
            jdbc.update("DELETE FROM shedlock WHERE name = ?", JOB);
            long before = runs();
            Runnable onFirst = firing(first);
            Runnable onSecond = firing(second);
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
}
