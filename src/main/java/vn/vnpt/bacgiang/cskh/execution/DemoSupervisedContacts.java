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
 * work step 7 supervises, worked tasks with one contact each, so callback samples can be drawn — thirty
 * of Lục Ngạn's sales department, where Giáp Văn Hưng's customers all accepted (an unusual success rate)
 * and Thân Thị Yến's answered in the usual mix, and twenty of Việt Yên's, both staff in the usual mix.
 * Runs once per unit, while the unit has no task in campaign 9.
 */
@Component
@Profile("demo")
class DemoSupervisedContacts {

    private static final Logger log = LoggerFactory.getLogger(DemoSupervisedContacts.class);
    private static final long CAMPAIGN = 9;
    /** db/demo V2_1: the units' care staff. */
    private static final List<Worked> UNITS = List.of(
            new Worked(12, 30, true, List.of(new Object[] {18L, "Giáp Văn Hưng"}, new Object[] {19L, "Thân Thị Yến"})),
            new Worked(17, 20, false, List.of(new Object[] {34L, "Vũ Văn Nam"}, new Object[] {35L, "Trần Thị Huyền"})));
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
        for (Worked unit : UNITS) {
            Long tasks = jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND unit_id = ?",
                    Long.class, CAMPAIGN, unit.unitId());
            if (tasks != null && tasks == 0) {
                transaction.executeWithoutResult(status -> log(unit));
            }
        }
    }

    private void log(Worked unit) {
        List<Long> customers = jdbc.queryForList("SELECT c.id FROM customer c JOIN unit u ON u.id = ? "
                + "WHERE c.unit_path LIKE CONCAT(u.path, '%') ORDER BY c.id LIMIT ?", Long.class, unit.unitId(),
                unit.customers());
        Instant start = clock.instant().minus(Duration.ofDays(20));
        for (int n = 0; n < customers.size(); n++) {
            Object[] staff = unit.staff().get(n % 2);
            ContactOutcome outcome = n % 2 == 0 && unit.firstAlwaysAccepted() ? ContactOutcome.REACHED_ACCEPTED
                    : USUAL.get((unit.firstAlwaysAccepted() ? n / 2 : n) % USUAL.size());
            Instant at = start.plus(Duration.ofHours(n * 9L + 2));
            var when = at.atOffset(ZoneOffset.UTC).toLocalDateTime();
            String state = outcome.reached() ? "COMPLETED" : outcome == ContactOutcome.NOT_REACHED ? "OPEN" : "CLOSED";
            jdbc.update("INSERT INTO care_task (campaign_id, customer_id, unit_id, assignee_id, state, due_at, "
                    + "contacts, last_outcome, last_contact_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)", CAMPAIGN,
                    customers.get(n), unit.unitId(), staff[0], state, when, outcome.name(), when);
            jdbc.update("INSERT INTO care_contact (task_id, campaign_id, unit_id, customer_id, staff_id, staff_name, "
                    + "contacted_at, channel, outcome) SELECT id, campaign_id, unit_id, customer_id, ?, ?, ?, 'CALL', ? "
                    + "FROM care_task WHERE campaign_id = ? AND customer_id = ?", staff[0], staff[1], when,
                    outcome.name(), CAMPAIGN, customers.get(n));
        }
        log.info("Demo campaign {}: {} contacts of unit {} logged for step 7", CAMPAIGN, customers.size(),
                unit.unitId());
    }

    /** A unit's worked tasks: how many customers, whether its first staff member's all accepted, and its staff. */
    private record Worked(long unitId, int customers, boolean firstAlwaysAccepted, List<Object[]> staff) {
    }
}
