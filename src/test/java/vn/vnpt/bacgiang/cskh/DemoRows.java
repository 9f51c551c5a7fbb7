package vn.vnpt.bacgiang.cskh;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of a table as a test found them, written back exactly (versions and time stamps
 * included) after a test whose changes must be committed to be tested, e.g. a concurrent edit.
 */
public final class DemoRows {

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<Map<String, Object>> rows;

    private DemoRows(JdbcTemplate jdbc, String table, List<Map<String, Object>> rows) {
        this.jdbc = jdbc;
        this.table = table;
        this.rows = rows;
    }

    /** Remembers the rows of the table with an {@code id} that match the condition (SQL after WHERE). */
    public static DemoRows remember(JdbcTemplate jdbc, String table, String condition, Object... arguments) {
        return new DemoRows(jdbc, table, jdbc.queryForList("SELECT * FROM `" + table + "` WHERE " + condition,
                arguments));
    }

    public void restore() {
        for (Map<String, Object> row : rows) {
            StringBuilder set = new StringBuilder();
            Object[] values = new Object[row.size()];
            int i = 0;
            for (var column : row.entrySet()) {
                if (!column.getKey().equals("id")) {
                    set.append(set.isEmpty() ? "" : ", ").append('`').append(column.getKey()).append("` = ?");
                    values[i++] = column.getValue();
                }
            }
            values[i] = row.get("id");
            jdbc.update("UPDATE `" + table + "` SET " + set + " WHERE id = ?", values);
        }
    }
}
