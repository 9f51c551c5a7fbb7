package vn.vnpt.bacgiang.cskh.execution;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The contacts a unit logged in a campaign, for step 7's callback samples (docs/decisions/0020): read by
 * supervisors only (the INSPECT permission), who see every unit, so nothing is filtered by scope here.
 */
@Service
@PreAuthorize(Permissions.HAS_INSPECT)
@Transactional(readOnly = true)
public class LoggedContacts {

    private final JdbcTemplate jdbc;

    LoggedContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many contacts the unit logged in the campaign per outcome, for the outcomes that have any. */
    public List<OutcomeStratum> strata(long campaignId, long unitId) {
        Map<ContactOutcome, Integer> counts = new EnumMap<>(ContactOutcome.class);
        jdbc.query("SELECT outcome, COUNT(*) FROM care_contact WHERE unit_id = ? AND campaign_id = ? GROUP BY outcome",
                (RowCallbackHandler) rs -> counts.put(ContactOutcome.valueOf(rs.getString(1)), rs.getInt(2)),
                unitId, campaignId);
        return counts.entrySet().stream().map(count -> new OutcomeStratum(count.getKey(), count.getValue())).toList();
    }

    /**
     * The first {@code n} of the stratum's contacts in the seeded order. Of a large stratum only the contacts in
     * the order's key window are read and ordered (V37's index); should the window hold fewer than {@code n},
     * the whole stratum is.
     */
    public List<LoggedOutcome> first(long campaignId, long unitId, OutcomeStratum stratum, SeededOrder order, int n) {
        if (n == 0) {
            return List.of();
        }
        SeededOrder.KeyWindow window = order.window(stratum.contacts(), n);
        List<LoggedOutcome> first = first(campaignId, unitId, stratum.outcome(), order, window, n);
        return first.size() < n && window != null ? first(campaignId, unitId, stratum.outcome(), order, null, n) : first;
    }

    private List<LoggedOutcome> first(long campaignId, long unitId, ContactOutcome outcome, SeededOrder order,
                                      SeededOrder.@Nullable KeyWindow window, int n) {
        String within = window == null ? "" : " AND " + window.condition();
        return jdbc.query("SELECT id, staff_id FROM care_contact WHERE unit_id = ? AND campaign_id = ? AND outcome = ?"
                        + within + " ORDER BY " + key(order) + " DESC, id LIMIT ?",
                (rs, row) -> new LoggedOutcome(rs.getLong(1), outcome, rs.getLong(2)),
                unitId, campaignId, outcome.name(), n);
    }

    /** How many contacts each staff member logged on the unit's tasks of the campaign, per outcome. */
    public List<StaffOutcomes> tallies(long campaignId, long unitId) {
        return jdbc.query("SELECT staff_id, outcome, COUNT(*) FROM care_contact WHERE unit_id = ? AND campaign_id = ? "
                        + "GROUP BY outcome, staff_id",
                (rs, n) -> new StaffOutcomes(rs.getLong(1), ContactOutcome.valueOf(rs.getString(2)), rs.getInt(3)),
                unitId, campaignId);
    }

    /** The SQL of the order's key: the seed and the staff ids are numbers, written as such, never text. */
    private static String key(SeededOrder order) {
        // CRC-32 alone is linear: over seeds, some contacts would always come out side by side. Multiplying
        // by Knuth's odd constant modulo 2^32 (a bijection) mixes all its bits into the high ones that order.
        String hash = "CRC32(CONCAT(" + order.seed() + ", ':', id)) * 2654435761 % 4294967296";
        if (order.favouredStaff().isEmpty() || order.favourWeight() == 1.0) {
            return hash;
        }
        String uniform = "(" + hash + " + 0.5) / 4294967296";
        String favoured = order.favouredStaff().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        return "IF(staff_id IN (" + favoured + "), POW(" + uniform + ", " + (1.0 / order.favourWeight()) + "), "
                + uniform + ")";
    }

    /** The contacts with these ids, with their customers' names and phones, in contact order. */
    public List<LoggedContact> ofIds(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return List.of();
        }
        String ids = contactIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.query("""
                SELECT cc.id, cc.customer_id, c.name, c.phone, cc.outcome, cc.staff_id, cc.staff_name, cc.contacted_at
                FROM care_contact cc JOIN customer c ON c.id = cc.customer_id
                WHERE cc.id IN (%s) ORDER BY cc.id""".formatted(ids),
                (rs, n) -> new LoggedContact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        ContactOutcome.valueOf(rs.getString(5)), rs.getLong(6), rs.getString(7),
                        rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
    }
}
