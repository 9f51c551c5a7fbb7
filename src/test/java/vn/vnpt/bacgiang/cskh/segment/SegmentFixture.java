package vn.vnpt.bacgiang.cskh.segment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 24 hand-built customers of Sơn Động (SEG-01..12) and Yên Thế (SEG-13..24), the only districts
 * the segment tests count, with dates relative to today. Loaded once per test database.
 * Expected counts in the tests are read off this table.
 */
public final class SegmentFixture {

    /** The birthdays of the fixture that are fixed days of the year, whatever today is. */
    public static final List<MonthDay> FIXED_BIRTHDAYS = List.of(MonthDay.of(12, 25), MonthDay.of(1, 1),
            MonthDay.of(1, 10), MonthDay.of(12, 19), MonthDay.of(12, 31), MonthDay.of(1, 11), MonthDay.of(12, 19),
            MonthDay.of(5, 5));
    /** SEG-01, 08 and 13 are born on the 11th, 12th and 13th of the current month. */
    public static final int BIRTHDAYS_ON_DAYS_OF_THIS_MONTH = 3;

    private static final int PRE = 1;
    private static final int POST = 2;
    private static final int FIBER = 4;
    private static final int MYTV = 8;
    private static final int FIXED = 16;

    private SegmentFixture() {
    }

    private record Row(String code, String name, String kind, long unit, String tenure, String vip, int services,
                       int suspended, long arpu, int trend, long overdue, int complaints,
                       @Nullable Integer lastComplaintDaysAgo, @Nullable Integer installedDaysAgo, int risk,
                       @Nullable String birth) {
    }

    // tenure: whole years, or "10y" exactly ten years to the day, "10y-1d" a day short, "30d" days ago.
    // trend and risk are ordinals (0 falling/low, 1 stable/medium, 2 rising/high); birth "M11" is the 11th of this month.
    private static final List<Row> ROWS = List.of(
            new Row("SEG-01", "Nguyễn Văn An", "INDIVIDUAL", 130, "12", "GOLD", PRE | FIBER, 0, 450_000, 1, 0, 0, null, null, 0, "M11-1970"),
            new Row("SEG-02", "Trần Thị Bình", "INDIVIDUAL", 130, "15", "NONE", FIBER | MYTV, 0, 300_000, 0, 0, 1, 200, null, 1, "1975-12-25"),
            new Row("SEG-03", "Lê Văn Cường", "INDIVIDUAL", 13, "2", "NONE", POST, 0, 150_000, 2, 120_000, 0, null, null, 1, "1990-01-01"),
            new Row("SEG-04", "Phạm Thị Dung", "INDIVIDUAL", 130, "5", "SILVER", POST | FIBER, 0, 600_000, 1, 0, 3, 20, null, 1, "1982-01-10"),
            new Row("SEG-05", "Hoàng Văn Em", "HOUSEHOLD_BUSINESS", 130, "8", "NONE", FIBER, FIXED, 250_000, 0, 80_000, 2, 45, null, 2, null),
            new Row("SEG-06", "Công ty TNHH Sơn Động Xanh", "ENTERPRISE", 13, "11", "DIAMOND", POST | FIBER | FIXED, 0, 5_000_000, 1, 0, 0, null, null, 0, "2010-12-19"),
            new Row("SEG-07", "UBND xã An Châu", "GOVERNMENT", 13, "20", "GOLD", FIBER | FIXED, 0, 1_200_000, 1, 0, 1, 100, null, 0, null),
            new Row("SEG-08", "Đỗ Thị Hạnh", "INDIVIDUAL", 130, "10d", "NONE", FIBER, 0, 0, 1, 0, 0, null, 10, 0, "M12-1995"),
            new Row("SEG-09", "Vũ Văn Khoa", "INDIVIDUAL", 130, "1", "NONE", PRE | MYTV, 0, 80_000, 1, 0, 0, null, 25, 0, "1960-12-31"),
            new Row("SEG-10", "Bùi Thị Lan", "INDIVIDUAL", 13, "30", "NONE", FIXED, 0, 60_000, 0, 0, 0, null, null, 1, "1950-01-11"),
            new Row("SEG-11", "Ngô Văn Minh", "INDIVIDUAL", 130, "4", "NONE", 0, 0, 0, 1, 50_000, 0, null, null, 1, null),
            new Row("SEG-12", "Đinh Thị Nga", "INDIVIDUAL", 130, "9", "NONE", PRE, POST, 90_000, 0, 0, 4, 5, null, 2, "1988-12-19"),
            new Row("SEG-13", "Chu Văn Phúc", "INDIVIDUAL", 140, "10y", "NONE", FIBER, 0, 220_000, 1, 0, 0, null, null, 0, "M13-1980"),
            new Row("SEG-14", "Nông Thị Quyên", "INDIVIDUAL", 140, "10y-1d", "NONE", FIBER, 0, 220_000, 1, 0, 0, null, null, 0, null),
            new Row("SEG-15", "Triệu Văn Sơn", "INDIVIDUAL", 141, "25", "SILVER", PRE | FIBER | MYTV, 0, 500_000, 2, 0, 0, null, null, 0, "1965-05-05"),
            new Row("SEG-16", "Hộ kinh doanh Bố Hạ", "HOUSEHOLD_BUSINESS", 141, "6", "NONE", POST | FIBER, 0, 700_000, 1, 300_000, 2, 60, null, 2, null),
            new Row("SEG-17", "Công ty CP Chè Yên Thế", "ENTERPRISE", 14, "3", "GOLD", POST | FIBER, 0, 2_500_000, 0, 1_500_000, 0, null, null, 2, null),
            new Row("SEG-18", "Trường THCS Cầu Gồ", "GOVERNMENT", 14, "14", "NONE", FIBER | FIXED, 0, 400_000, 1, 0, 0, null, null, 0, null),
            new Row("SEG-19", "Lý Thị Tâm", "INDIVIDUAL", 140, "30d", "NONE", FIBER, 0, 0, 2, 0, 0, null, 30, 0, null),
            new Row("SEG-20", "Phùng Văn Út", "INDIVIDUAL", 140, "31d", "NONE", PRE, 0, 0, 1, 0, 0, null, 31, 0, null),
            new Row("SEG-21", "Dương Thị Vân", "INDIVIDUAL", 141, "7", "NONE", PRE, 0, 100_000, 1, 0, 0, 400, null, 0, null),
            new Row("SEG-22", "Tạ Văn Xuân", "INDIVIDUAL", 141, "2", "DIAMOND", POST | FIBER | MYTV, 0, 1_000_000, 2, 0, 0, null, null, 0, null),
            new Row("SEG-23", "Mai Thị Yến", "INDIVIDUAL", 140, "12", "NONE", FIBER, MYTV, 150_000, 0, 0, 5, 10, null, 2, null),
            new Row("SEG-24", "Lục Văn Đạt", "INDIVIDUAL", 14, "3", "NONE", PRE, 0, 100_000, 1, 0, 0, null, null, 0, null));

    /** Subscriptions for the package criterion: code, service, package, status. */
    private static final List<String[]> SUBSCRIPTIONS = List.of(
            new String[] {"SEG-01", "FIBERVNN", "Home Net 1", "ACTIVE"},
            new String[] {"SEG-02", "FIBERVNN", "Home Net 1", "ACTIVE"},
            new String[] {"SEG-02", "MYTV", "MyTV Nâng cao", "ACTIVE"},
            new String[] {"SEG-05", "FIBERVNN", "Home Net 2", "ACTIVE"},
            new String[] {"SEG-05", "FIXED_LINE", "Cố định nội hạt", "SUSPENDED"},
            new String[] {"SEG-13", "FIBERVNN", "Home Net 1", "ACTIVE"},
            new String[] {"SEG-16", "FIBERVNN", "Home Net 1", "CANCELLED"},
            new String[] {"SEG-22", "MYTV", "MyTV Nâng cao", "ACTIVE"});

    public static synchronized void ensureLoaded(JdbcTemplate jdbc, LocalDate today) {
        Integer loaded = jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE code LIKE 'SEG-%'", Integer.class);
        if (loaded != null && loaded > 0) {
            return;
        }
        for (Row row : ROWS) {
            LocalDate since = since(row.tenure(), today);
            LocalDate birth = birth(row.birth(), today);
            String path = jdbc.queryForObject("SELECT path FROM unit WHERE id = ?", String.class, row.unit());
            String district = jdbc.queryForObject("SELECT district FROM unit WHERE id = ?", String.class, row.unit());
            jdbc.update("""
                    INSERT INTO customer (code, name, kind, birth_date, birth_md, phone, district, unit_id, unit_path,
                        customer_since, vip_tier, services, suspended_services, arpu, arpu_trend, overdue_amount,
                        complaints_12m, last_complaint_on, last_install_on, churn_risk, indicators_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.code(), row.name(), row.kind(), birth,
                    birth == null ? null : birth.getMonthValue() * 100 + birth.getDayOfMonth(),
                    "0912 000 0" + row.code().substring(4), district, row.unit(), path, since, row.vip(),
                    row.services(), row.suspended(), row.arpu(), row.trend(), row.overdue(), row.complaints(),
                    row.lastComplaintDaysAgo() == null ? null : today.minusDays(row.lastComplaintDaysAgo()),
                    row.installedDaysAgo() == null ? since : today.minusDays(row.installedDaysAgo()),
                    row.risk(), today);
        }
        for (int i = 0; i < SUBSCRIPTIONS.size(); i++) {
            String[] subscription = SUBSCRIPTIONS.get(i);
            jdbc.update("""
                    INSERT INTO subscription (customer_id, service, number, package_name, start_date, status)
                    SELECT id, ?, ?, ?, customer_since, ? FROM customer WHERE code = ?""",
                    subscription[1], "SEG-SUB-" + i, subscription[2], subscription[3], subscription[0]);
        }
    }

    private static LocalDate since(String tenure, LocalDate today) {
        if (tenure.endsWith("y-1d")) {
            return today.minusYears(Integer.parseInt(tenure.substring(0, tenure.length() - 4))).plusDays(1);
        }
        if (tenure.endsWith("y")) {
            return today.minusYears(Integer.parseInt(tenure.substring(0, tenure.length() - 1)));
        }
        if (tenure.endsWith("d")) {
            return today.minusDays(Integer.parseInt(tenure.substring(0, tenure.length() - 1)));
        }
        return today.minusYears(Integer.parseInt(tenure)).minusDays(40);
    }

    private static @Nullable LocalDate birth(@Nullable String birth, LocalDate today) {
        if (birth == null) {
            return null;
        }
        if (birth.startsWith("M")) {
            return LocalDate.of(Integer.parseInt(birth.substring(4)), today.getMonth(),
                    Integer.parseInt(birth.substring(1, 3)));
        }
        return LocalDate.parse(birth);
    }
}
