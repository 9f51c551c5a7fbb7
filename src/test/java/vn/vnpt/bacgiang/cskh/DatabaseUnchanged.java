package vn.vnpt.bacgiang.cskh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Fails a test class that leaves the shared database changed: every row that existed before the
 * class ran must be there, unchanged, after it. Rows a class adds for itself (unique names, ids
 * above the ones it found) may stay. Each table's fingerprint is the count and the sum of a CRC32
 * over every column of the rows up to the highest key found at the start. New rows hung under
 * records the class found (a share of a demo campaign) are not seen: such classes roll back.
 */
public class DatabaseUnchanged implements BeforeAllCallback, AfterAllCallback {

    /**
     * Append-only records that tests add to by design: the audit trail (which refuses changes
     * anyway), the migrations' history, the sign-in failures of the login throttle, the progress
     * snapshots, a cache of the care tasks' figures rewritten whenever a test's change to them commits, and the
     * kept contact days, a cache of past days' contacts written when a report reads them, and the scheduled jobs'
     * last runs, written whenever a job's time comes during a test.
     */
    private static final Set<String> LOGS = Set.of("audit_entry", "flyway_schema_history", "login_attempt",
            "unit_progress_snapshot", "staff_progress_snapshot", "contact_day", "contact_days_kept", "job_run",
            "shedlock");

    private record Fingerprint(String table, String sql, Object[] bound) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        JdbcTemplate jdbc = jdbc(context);
        List<Fingerprint> fingerprints = fingerprints(jdbc);
        Map<String, String> before = new LinkedHashMap<>();
        fingerprints.forEach(print -> before.put(print.table(), read(jdbc, print)));
        store(context).put("fingerprints", fingerprints);
        store(context).put("before", before);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterAll(ExtensionContext context) {
        JdbcTemplate jdbc = jdbc(context);
        List<Fingerprint> fingerprints = (List<Fingerprint>) store(context).get("fingerprints");
        Map<String, String> before = (Map<String, String>) store(context).get("before");
        if (fingerprints == null || before == null) {
            return;
        }
        List<String> changed = fingerprints.stream()
                .filter(print -> !read(jdbc, print).equals(before.get(print.table())))
                .map(Fingerprint::table).toList();
        if (!changed.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " left rows it found changed or deleted in "
                    + changed + ": roll back, or restore what the test changed");
        }
    }

    private static List<Fingerprint> fingerprints(JdbcTemplate jdbc) {
        List<Fingerprint> prints = new ArrayList<>();
        for (Shape shape : shapes(jdbc)) {
            if (shape.key() == null) {
                prints.add(new Fingerprint(shape.table(), "SELECT " + shape.crc() + " FROM `" + shape.table() + "`",
                        new Object[0]));
            } else {
                Long highest = jdbc.queryForObject("SELECT COALESCE(MAX(`" + shape.key() + "`), 0) FROM `"
                        + shape.table() + "`", Long.class);
                prints.add(new Fingerprint(shape.table(), "SELECT " + shape.crc() + " FROM `" + shape.table()
                        + "` WHERE `" + shape.key() + "` <= ?", new Object[] {Objects.requireNonNull(highest)}));
            }
        }
        return prints;
    }

    /** A table's columns and growing key, read once per run: information_schema is slow and the schema fixed. */
    private record Shape(String table, String crc, @Nullable String key) {
    }

    private static @Nullable List<Shape> shapes;

    private static synchronized List<Shape> shapes(JdbcTemplate jdbc) {
        if (shapes == null) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            jdbc.query("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position", row -> {
                        columns.computeIfAbsent(row.getString(1), table -> new ArrayList<>()).add(row.getString(2));
                    });
            Map<String, List<String>> keys = new LinkedHashMap<>();
            jdbc.query("SELECT k.table_name, k.column_name FROM information_schema.key_column_usage k "
                    + "JOIN information_schema.columns c ON c.table_schema = k.table_schema "
                    + "AND c.table_name = k.table_name AND c.column_name = k.column_name "
                    + "WHERE k.table_schema = DATABASE() AND k.constraint_name = 'PRIMARY' "
                    + "AND c.data_type IN ('bigint', 'int') ORDER BY k.table_name, k.ordinal_position", row -> {
                        keys.computeIfAbsent(row.getString(1), table -> new ArrayList<>()).add(row.getString(2));
                    });
            List<Shape> found = new ArrayList<>();
            columns.forEach((table, names) -> {
                if (!LOGS.contains(table)) {
                    List<String> key = keys.getOrDefault(table, List.of());
                    found.add(new Shape(table, "COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', " + names.stream()
                            .map(name -> "IFNULL(`" + name + "`, '~')").collect(Collectors.joining(", ")) + "))), 0)",
                            key.contains("id") ? "id" : key.isEmpty() ? null : key.getFirst()));
                }
            });
            shapes = List.copyOf(found);
        }
        return shapes;
    }

    private static String read(JdbcTemplate jdbc, Fingerprint print) {
        return jdbc.queryForObject(print.sql(), (row, n) -> row.getLong(1) + "/" + row.getLong(2), print.bound());
    }

    private static JdbcTemplate jdbc(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(DatabaseUnchanged.class, context.getRequiredTestClass()));
    }
}
