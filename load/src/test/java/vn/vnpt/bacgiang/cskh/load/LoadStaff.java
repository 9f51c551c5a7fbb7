package vn.vnpt.bacgiang.cskh.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts the virtual users sign in with, read from (and for care staff added to) the benchmark database
 * before the run, and the check after it that every contact and message the portal said it saved is in the
 * database. Care staff each need a worklist of their own, or hundreds of users would log contacts on the same
 * tasks: the run adds {@code tai.<unit>.<n>} care staff to each unit of the step 6 benchmark's province campaign
 * (same demo password as the demo users), at most one per {@value #TASKS_AT_LEAST} of the unit's open tasks, and
 * gives each {@value #TASKS_EACH} of them, or an even share where the unit has fewer. A rerun reuses them, and
 * first takes the lines earlier runs wrote in hand-off threads out again: the TTVT staff write in the same few hundred
 * hand-offs run after run, and a thread of 250 lines (a real one has two or three) made opening a hand-off cost a
 * multiple of what it costs a user.
 */
final class LoadStaff {

    static final int TASKS_EACH = 300;
    /** A unit gets a load account for every this many of its open tasks, so a worklist never runs dry in a run. */
    static final int TASKS_AT_LEAST = 60;
    /** How every note and message a run writes begins; the run's time follows. */
    static final String MARKED = "Tải thử ";

    record Accounts(List<String> careStaff, List<String> salesManagers, List<String> ttvtStaff,
            List<String> leaders, List<String> planners) {
    }

    private final String url = System.getProperty("db.url", "jdbc:mariadb://127.0.0.1:3499/cskh");
    private final String user = System.getProperty("db.user", "cskh");
    private final String password = System.getProperty("db.password", "");

    Accounts prepare(int careStaff) {
        try (Connection db = connect()) {
            try (PreparedStatement earlierLines = db.prepareStatement(
                    "DELETE FROM handoff_event WHERE kind = 'MESSAGE' AND text LIKE ?")) {
                earlierLines.setString(1, MARKED + "%");
                earlierLines.executeUpdate();
            }
            long campaign = single(db, "SELECT campaign_id FROM care_task GROUP BY campaign_id "
                    + "ORDER BY COUNT(*) DESC LIMIT 1");
            List<Long> units = longs(db, "SELECT DISTINCT unit_id FROM care_task WHERE campaign_id = " + campaign
                    + " ORDER BY unit_id");
            String hash = text(db, "SELECT a.password_hash FROM user_account a JOIN user_role r ON r.user_id = a.id "
                    + "WHERE r.role = 'CARE_STAFF' AND a.username NOT LIKE 'tai.%' ORDER BY a.id LIMIT 1");
            Map<Long, Long> open = new HashMap<>();
            for (long unit : units) {
                open.put(unit, single(db, "SELECT COUNT(*) FROM care_task WHERE campaign_id = " + campaign
                        + " AND unit_id = " + unit + " AND state = 'OPEN'"));
            }
            Map<Long, Integer> accounts = new HashMap<>();
            List<String> staff = new ArrayList<>();
            db.setAutoCommit(false);
            for (int n = 1; staff.size() < careStaff; n++) {
                int added = 0;
                for (long unit : units) {
                    if (staff.size() < careStaff && (long) n * TASKS_AT_LEAST <= open.get(unit)) {
                        staff.add(careStaffWithTasks(db, campaign, unit, n, hash));
                        accounts.put(unit, n);
                        added++;
                    }
                }
                if (added == 0) {
                    throw new IllegalStateException("the campaign's open tasks are too few for " + careStaff
                            + " care staff with " + TASKS_AT_LEAST + " each");
                }
                db.commit();
            }
            for (Map.Entry<Long, Integer> unit : accounts.entrySet()) {
                shareEvenly(db, campaign, unit.getKey(), unit.getValue());
            }
            db.commit();
            db.setAutoCommit(true);
            String inUnits = "(" + String.join(",", units.stream().map(String::valueOf).toList()) + ")";
            return new Accounts(staff.subList(0, careStaff),
                    withRole(db, "SALES_MANAGER", " AND a.unit_id IN " + inUnits),
                    withRole(db, "TTVT_STAFF", ""), withRole(db, "DIRECTOR", ""), withRole(db, "PLANNER", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the load test's accounts on " + url, e);
        }
    }

    private static String careStaffWithTasks(Connection db, long campaign, long unit, int n, String hash)
            throws SQLException {
        String username = String.format("tai.%d.%03d", unit, n);
        try (PreparedStatement insert = db.prepareStatement("INSERT IGNORE INTO user_account (username, "
                + "password_hash, full_name, title, unit_id) VALUES (?, ?, ?, 'Nhân viên CSKH (tải thử)', ?)")) {
            insert.setString(1, username);
            insert.setString(2, hash);
            insert.setString(3, String.format("Nhân viên tải thử %d-%03d", unit, n));
            insert.setLong(4, unit);
            insert.executeUpdate();
        }
        long id = single(db, "SELECT id FROM user_account WHERE username = '" + username + "'");
        try (PreparedStatement role = db.prepareStatement(
                "INSERT IGNORE INTO user_role (user_id, role) VALUES (?, 'CARE_STAFF')")) {
            role.setLong(1, id);
            role.executeUpdate();
        }
        long has = single(db, "SELECT COUNT(*) FROM care_task WHERE campaign_id = " + campaign + " AND assignee_id = "
                + id + " AND state = 'OPEN'");
        if (has < TASKS_EACH) {
            try (PreparedStatement assign = db.prepareStatement("UPDATE care_task SET assignee_id = ?, "
                    + "version = version + 1 WHERE campaign_id = ? AND unit_id = ? AND state = 'OPEN' AND assignee_id "
                    + "NOT IN (SELECT id FROM user_account WHERE username LIKE 'tai.%') ORDER BY id LIMIT ?")) {
                assign.setLong(1, id);
                assign.setLong(2, campaign);
                assign.setLong(3, unit);
                assign.setLong(4, TASKS_EACH - has);
                assign.executeUpdate();
            }
        }
        return username;
    }

    /**
     * A unit with fewer open tasks than its accounts in this run would take (earlier runs closed some) shares the
     * ones its load accounts hold evenly among those {@code used} accounts, so no virtual user works an empty
     * worklist.
     */
    private static void shareEvenly(Connection db, long campaign, long unit, int used) throws SQLException {
        String accounts = "tai." + unit + ".%";
        String last = String.format("tai.%d.%03d", unit, used);
        long fewest = single(db, "SELECT COALESCE(MIN(c), 0) FROM (SELECT a.id, COUNT(t.id) AS c FROM user_account a "
                + "LEFT JOIN care_task t ON t.assignee_id = a.id AND t.campaign_id = " + campaign + " AND t.state = 'OPEN' "
                + "WHERE a.username LIKE '" + accounts + "' AND a.username <= '" + last + "' GROUP BY a.id) held");
        if (fewest >= TASKS_EACH) {
            return;
        }
        try (PreparedStatement share = db.prepareStatement("UPDATE care_task t JOIN (SELECT id, ROW_NUMBER() OVER "
                + "(ORDER BY id) - 1 AS n FROM care_task WHERE campaign_id = ? AND unit_id = ? AND state = 'OPEN' AND "
                + "assignee_id IN (SELECT id FROM user_account WHERE username LIKE ?)) task ON task.id = t.id JOIN "
                + "(SELECT id, ROW_NUMBER() OVER (ORDER BY username) - 1 AS k FROM user_account WHERE username LIKE ?) "
                + "account ON account.k = MOD(task.n, ?) SET t.assignee_id = account.id, t.version = t.version + 1")) {
            share.setLong(1, campaign);
            share.setLong(2, unit);
            share.setString(3, accounts);
            share.setString(4, accounts);
            share.setLong(5, used);
            share.executeUpdate();
        }
    }

    /** The rows the run left: its contacts (by their note) and its hand-off messages (by their text). */
    long[] saved(String marker) {
        try (Connection db = connect()) {
            return new long[] {
                single(db, "SELECT COUNT(*) FROM care_contact WHERE note = '" + marker + "'"),
                single(db, "SELECT COUNT(*) FROM handoff_event WHERE text = '" + marker + "'")};
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the run's rows", e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static List<String> withRole(Connection db, String role, String andWhere) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT a.username FROM user_account a JOIN user_role "
                + "r ON r.user_id = a.id WHERE a.enabled AND r.role = '" + role + "'" + andWhere + " ORDER BY a.id")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("no enabled " + role + " account in the database");
        }
        return names;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("nothing found: " + sql);
            }
            return rows.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("nothing found: " + sql);
            }
            return rows.getString(1);
        }
    }

    private static List<Long> longs(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }
}
