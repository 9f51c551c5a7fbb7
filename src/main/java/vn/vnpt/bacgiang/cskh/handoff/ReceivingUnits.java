package vn.vnpt.bacgiang.cskh.handoff;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.UnitKind;

/**
 * The units that may receive hand-offs, read across the whole organisation whatever the requester's
 * own scope (a store's staff send to a TTVT they cannot otherwise see), and who heads each.
 */
@Component
class ReceivingUnits {

    /** A unit that may receive hand-offs. */
    record Receiver(long id, String name, UnitKind kind, @Nullable District district, @Nullable Long headUserId) {
    }

    private final JdbcTemplate jdbc;

    ReceivingUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The active units that receive hand-offs of the type, by name. */
    List<Receiver> forType(HandoffType type) {
        return jdbc.query("SELECT id, name, kind, district, head_user_id FROM unit WHERE kind = ? AND active "
                + "ORDER BY name", (rs, row) -> receiver(rs), type.receiverKind().name());
    }

    Optional<Receiver> get(long unitId) {
        return jdbc.query("SELECT id, name, kind, district, head_user_id FROM unit WHERE id = ?",
                (rs, row) -> receiver(rs), unitId).stream().findFirst();
    }

    /** The default receiver: the TTVT of the customer's district for technical work, else the one unit of its kind. */
    Optional<Receiver> defaultFor(HandoffType type, @Nullable District customerDistrict) {
        List<Receiver> candidates = forType(type);
        if (type.isTechnical()) {
            return candidates.stream().filter(unit -> unit.district() == customerDistrict).findFirst();
        }
        return candidates.stream().findFirst();
    }

    /** The Business Center's leadership, whose Director receives the second escalation. */
    Optional<Long> leadership() {
        return jdbc.queryForList("SELECT id FROM unit WHERE kind = 'LEADERSHIP' ORDER BY id LIMIT 1", Long.class)
                .stream().findFirst();
    }

    private static Receiver receiver(java.sql.ResultSet rs) throws java.sql.SQLException {
        String district = rs.getString("district");
        long head = rs.getLong("head_user_id");
        Long headUserId = rs.wasNull() ? null : head;
        return new Receiver(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                district == null ? null : District.valueOf(district), headUserId);
    }
}
