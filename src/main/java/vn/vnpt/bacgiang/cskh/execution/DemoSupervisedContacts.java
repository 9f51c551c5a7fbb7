package vn.vnpt.bacgiang.cskh.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The run command's campaign 9 (in SUPERVISION) was inserted there and never executed: it gets the care
 * work step 7 supervises, thirty worked tasks of Lục Ngạn's sales department with one contact each, so a
 * callback sample can be drawn. Giáp Văn Hưng's customers all accepted (an unusual success rate), Thân
 * Thị Yến's answered in the usual mix. Runs once, while campaign 9 has no task.
 */
@Component
@Profile("demo")
class DemoSupervisedContacts {

    private static final Logger log = LoggerFactory.getLogger(DemoSupervisedContacts.class);
    private static final long CAMPAIGN = 9;
    private static final long LUC_NGAN_SALES = 12;
    /** db/demo V2_1: Lục Ngạn's care staff. */
    private static final List<Object[]> STAFF = List.of(new Object[] {18L, "Giáp Văn Hưng"},
            new Object[] {19L, "Thân Thị Yến"});
    private static final List<ContactOutcome> USUAL = List.of(ContactOutcome.REACHED_ACCEPTED,
            ContactOutcome.REACHED_DECLINED, ContactOutcome.REACHED_ACCEPTED, ContactOutcome.NOT_REACHED,
            ContactOutcome.REACHED_DECLINED, ContactOutcome.REACHED_ACCEPTED, ContactOutcome.WRONG_NUMBER);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSupervisedContacts(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(35)
    void logContactsOfCampaignNine() {
        Long tasks = jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ?", Long.class, CAMPAIGN);
        if (tasks == null || tasks > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            List<Long> customers = jdbc.queryForList("SELECT c.id FROM customer c JOIN unit u ON u.id = ? "
                    + "WHERE c.unit_path LIKE CONCAT(u.path, '%') ORDER BY c.id LIMIT 30", Long.class, LUC_NGAN_SALES);
            Instant start = clock.instant().minus(Duration.ofDays(20));
            for (int n = 0; n < customers.size(); n++) {
                Object[] staff = STAFF.get(n % 2);
                ContactOutcome outcome = n % 2 == 0 ? ContactOutcome.REACHED_ACCEPTED : USUAL.get(n / 2 % USUAL.size());
                Instant at = start.plus(Duration.ofHours(n * 9L + 2));
                var when = at.atOffset(ZoneOffset.UTC).toLocalDateTime();
                String state = outcome.reached() ? "COMPLETED" : outcome == ContactOutcome.NOT_REACHED ? "OPEN" : "CLOSED";
                jdbc.update("INSERT INTO care_task (campaign_id, customer_id, unit_id, assignee_id, state, due_at, "
                        + "contacts, last_outcome, last_contact_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", CAMPAIGN,
                        customers.get(n), LUC_NGAN_SALES, staff[0], state, when, outcome.name(), when);
                jdbc.update("INSERT INTO care_contact (task_id, campaign_id, customer_id, staff_id, staff_name, "
                        + "contacted_at, channel, outcome) SELECT id, campaign_id, customer_id, ?, ?, ?, 'CALL', ? "
                        + "FROM care_task WHERE campaign_id = ? AND customer_id = ?", staff[0], staff[1], when,
                        outcome.name(), CAMPAIGN, customers.get(n));
            }
            log.info("Demo campaign {}: {} contacts of Lục Ngạn logged for step 7", CAMPAIGN, customers.size());
        });
    }
}
