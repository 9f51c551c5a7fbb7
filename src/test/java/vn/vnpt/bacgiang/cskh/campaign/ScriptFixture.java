package vn.vnpt.bacgiang.cskh.campaign;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The script tests' customer: An Thị Hoa of the store Quang Châu (Việt Yên), which no other test
 * fills, born 05/07/1980, a customer for 12 years, with FiberVNN (her first service) and MyTV; and a
 * segment of kehoach's holding that store's customers only. Loaded once per test database.
 */
public final class ScriptFixture {

    public static final String CUSTOMER_NAME = "An Thị Hoa";
    public static final String SEGMENT_NAME = "Khách hàng cửa hàng Quang Châu (kịch bản)";
    private static final long QUANG_CHAU_STORE = 172;

    private ScriptFixture() {
    }

    /** The segment's id, loading the customer and the segment first if needed. */
    public static synchronized long segment(JdbcTemplate jdbc, LocalDate today) {
        Integer loaded = jdbc.queryForObject("SELECT COUNT(*) FROM segment WHERE name = ?", Integer.class,
                SEGMENT_NAME);
        if (loaded == null || loaded == 0) {
            String path = jdbc.queryForObject("SELECT path FROM unit WHERE id = ?", String.class, QUANG_CHAU_STORE);
            jdbc.update("""
                    INSERT INTO customer (code, name, kind, birth_date, birth_md, phone, district, unit_id, unit_path,
                        customer_since, vip_tier, services, suspended_services, arpu, arpu_trend, overdue_amount,
                        complaints_12m, churn_risk, indicators_on)
                    VALUES ('SCR-01', ?, 'INDIVIDUAL', '1980-07-05', 705, '0912 777 001', 'VYN', ?, ?, ?, 'NONE',
                        12, 0, 250000, 1, 0, 0, 0, ?)""",
                    CUSTOMER_NAME, QUANG_CHAU_STORE, path, today.minusYears(12).minusDays(40), today);
            jdbc.update("""
                    INSERT INTO subscription (customer_id, service, number, package_name, start_date, status)
                    SELECT id, 'MYTV', 'SCR-SUB-2', 'MyTV Nâng cao', ?, 'ACTIVE' FROM customer WHERE code = 'SCR-01'""",
                    today.minusYears(5));
            jdbc.update("""
                    INSERT INTO subscription (customer_id, service, number, package_name, start_date, status)
                    SELECT id, 'FIBERVNN', 'SCR-SUB-1', 'Home Net 1', customer_since, 'ACTIVE' FROM customer
                    WHERE code = 'SCR-01'""");
            jdbc.update("""
                    INSERT INTO segment (name, owner_id, owner_name, criteria, member_count, district_counts, saved_at)
                    VALUES (?, 4, 'Lê Minh Đức', '{"groups":[{"criteria":[{"type":"MANAGING_UNITS","unitIds":[172]}]}]}',
                        1, '{}', NOW(6))""", SEGMENT_NAME);
        }
        return jdbc.queryForObject("SELECT id FROM segment WHERE name = ?", Long.class, SEGMENT_NAME);
    }
}
