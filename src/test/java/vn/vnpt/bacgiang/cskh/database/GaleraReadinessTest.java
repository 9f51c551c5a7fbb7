package vn.vnpt.bacgiang.cskh.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * What MariaDB Galera Cluster asks of a schema and its code, checked on the migrated database and the sources:
 * every table has a primary key and is InnoDB (Galera replicates InnoDB rows by key only), and no code takes table
 * locks or named locks, which Galera does not replicate across nodes.
 */
class GaleraReadinessTest extends PortalTest {

    /** LOCK TABLES and GET_LOCK work on one node only in a cluster. */
    private static final Pattern NODE_LOCAL_LOCKS = Pattern.compile("LOCK\\s+TABLES?\\b|GET_LOCK\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyTableHasAPrimaryKeyAndIsInnoDb() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'", String.class);

        assertThat(tables).hasSizeGreaterThan(40);
        assertThat(jdbc.queryForList("SELECT t.table_name FROM information_schema.tables t "
                + "WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 "
                + "FROM information_schema.table_constraints c WHERE c.table_schema = t.table_schema "
                + "AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')", String.class))
                .as("tables without a primary key").isEmpty();
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'", String.class))
                .as("tables not in InnoDB").isEmpty();
    }

    @Test
    void noCodeOrMigrationTakesATableLockOrANamedLock() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            List<Path> locking = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().toLowerCase(Locale.ROOT).matches(".*\\.(java|sql)$"))
                    .filter(file -> NODE_LOCAL_LOCKS.matcher(read(file)).find())
                    .toList();

            assertThat(locking).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
