package vn.vnpt.bacgiang.cskh.supervision;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;

/**
 * Logged contacts of campaign 9 for the callback sample tests, written as execution writes them (a task
 * of the executing unit per customer, one contact on it): the test's transaction rolls them back.
 */
public final class CallbackFixture {

    /** Lục Nam's care staff (db/demo V2_1). */
    public static final long MAI = 14;
    public static final long SON = 15;
    public static final long THANG = 13;
    private static final long LUC_NAM_STORE = 110;

    private CallbackFixture() {
    }

    /** One contact per outcome given, by the staff member, on a new customer of the Lục Nam store. */
    public static List<Long> contacts(JdbcTemplate jdbc, long staffId, String staffName, List<ContactOutcome> outcomes) {
        List<Long> ids = new ArrayList<>();
        for (ContactOutcome outcome : outcomes) {
            long customer = ExecutionFixture.customer(jdbc, "Khách gọi lại " + staffName + " " + ids.size(),
                    LUC_NAM_STORE);
            jdbc.update("INSERT INTO care_task (campaign_id, customer_id, unit_id, assignee_id, state, due_at) "
                    + "VALUES (?, ?, ?, ?, 'COMPLETED', ?)", SupervisionFixture.CAMPAIGN, customer,
                    SupervisionFixture.LUC_NAM_SALES, staffId, Timestamp.valueOf(LocalDateTime.of(2026, 11, 20, 2, 0)));
            Long task = jdbc.queryForObject("SELECT id FROM care_task WHERE campaign_id = ? AND customer_id = ?",
                    Long.class, SupervisionFixture.CAMPAIGN, customer);
            jdbc.update("INSERT INTO care_contact (task_id, campaign_id, unit_id, customer_id, staff_id, "
                    + "staff_name, contacted_at, channel, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, 'CALL', ?)", task,
                    SupervisionFixture.CAMPAIGN, SupervisionFixture.LUC_NAM_SALES, customer, staffId, staffName,
                    Timestamp.valueOf(LocalDateTime.of(2026, 11, 20, 3, ids.size())), outcome.name());
            ids.add(jdbc.queryForObject("SELECT MAX(id) FROM care_contact WHERE task_id = ?", Long.class, task));
        }
        return ids;
    }

    /** Twenty contacts of Lục Nam's sales department: 10 accepted, 6 declined, 4 not reached. */
    public static void twentyContacts(JdbcTemplate jdbc) {
        contacts(jdbc, MAI, "Đỗ Thị Mai", List.of(ContactOutcome.REACHED_ACCEPTED, ContactOutcome.REACHED_ACCEPTED,
                ContactOutcome.REACHED_ACCEPTED, ContactOutcome.REACHED_ACCEPTED, ContactOutcome.REACHED_ACCEPTED,
                ContactOutcome.REACHED_DECLINED, ContactOutcome.REACHED_DECLINED, ContactOutcome.NOT_REACHED,
                ContactOutcome.NOT_REACHED, ContactOutcome.REACHED_ACCEPTED));
        contacts(jdbc, SON, "Lương Văn Sơn", List.of(ContactOutcome.REACHED_ACCEPTED, ContactOutcome.REACHED_ACCEPTED,
                ContactOutcome.REACHED_ACCEPTED, ContactOutcome.REACHED_ACCEPTED, ContactOutcome.REACHED_DECLINED,
                ContactOutcome.REACHED_DECLINED, ContactOutcome.REACHED_DECLINED, ContactOutcome.REACHED_DECLINED,
                ContactOutcome.NOT_REACHED, ContactOutcome.NOT_REACHED));
    }
}
