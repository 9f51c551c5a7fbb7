package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.execution.LoggedContact;

/**
 * Writes a drawn sample's contacts in one batch: up to 500 rows, which one insert each (the entity's
 * generated ids) would send one by one. They are read and recorded as {@link SampledContact}s afterwards.
 */
@Component
class SampledContactRows {

    private final JdbcTemplate jdbc;

    SampledContactRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The contacts in sample order (their position), stamped with the time of the draw. */
    void insert(long sampleId, List<LoggedContact> contacts, Instant drawnAt) {
        LocalDateTime at = utc(drawnAt);
        List<Object[]> rows = new ArrayList<>();
        for (LoggedContact contact : contacts) {
            rows.add(new Object[] {sampleId, rows.size(), contact.contactId(), contact.customerId(),
                contact.customerName(), contact.phone(), contact.outcome().name(), contact.staffId(),
                contact.staffName(), utc(contact.contactedAt()), at, at});
        }
        jdbc.batchUpdate("INSERT INTO sampled_contact (sample_id, position, contact_id, customer_id, customer_name, "
                + "phone, outcome, staff_id, staff_name, contacted_at, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** As Hibernate writes an {@link Instant} here (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDateTime();
    }
}
