package vn.vnpt.bacgiang.cskh.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir     where the server keeps its files (kept between runs unless {@code fresh})
 * @param port        0 picks a free port
 * @param fresh       a new, empty data directory below {@code dataDir} on every start, deleted with its server
 *                    files when the server stops (tests)
 * @param bufferPool  InnoDB buffer pool size
 * @param enabled     the embedded server is asked for: set by the Maven run command and the tests, never by
 *                    the packaged jar, so a production start without a database URL refuses (decision 0012)
 * @param localInfile {@code LOAD DATA LOCAL INFILE} allowed, for the commands that bulk-load generated data
 */
@ConfigurationProperties("portal.embedded-db")
record EmbeddedDbProperties(
        @DefaultValue("data/mariadb") Path dataDir,
        @DefaultValue("3316") int port,
        @DefaultValue("cskh") String database,
        @DefaultValue("false") boolean fresh,
        @DefaultValue("256M") String bufferPool,
        @DefaultValue("false") boolean enabled,
        @DefaultValue("false") boolean localInfile) {
}
