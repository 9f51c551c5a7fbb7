package vn.vnpt.bacgiang.cskh.settlement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.campaign.BudgetCategory;

/**
 * What settlement compares against, read for the whole campaign whoever asks (the service filters):
 * the plan's shares and budget lines, and what step 6 recorded as spent per unit and line. The estimate
 * is the one the progress page shows as budget used: each contact's gifts times its gift line's unit
 * price, against that gift line, and the SMS sent on the unit's tasks times the unit's own SMS line's
 * price, else the centre's first SMS line's, against that line.
 */
@Component
class PlanFigures {

    /** An executing unit's share of the plan. */
    record Share(long unitId, String unitName, long members, long quota) {
    }

    /** A budget line; {@code unitId} empty for the centre. */
    record Line(long id, long campaignId, @Nullable Long unitId, BudgetCategory category, String description,
                long amount, long unitPrice) {
    }

    private final JdbcTemplate jdbc;

    PlanFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Share> shares(long campaignId) {
        return jdbc.query("SELECT unit_id, unit_name, members, quota FROM campaign_share WHERE campaign_id = ? "
                + "ORDER BY unit_name, unit_id", (rs, n) -> new Share(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getLong(4)), campaignId);
    }

    List<Line> lines(long campaignId) {
        return jdbc.query(LINES + " WHERE campaign_id = ? ORDER BY id", (rs, n) -> line(rs), campaignId);
    }

    Optional<Line> line(long id) {
        return jdbc.query(LINES + " WHERE id = ?", (rs, n) -> line(rs), id).stream().findFirst();
    }

    /** Recorded spend per unit, then per budget line, in VND. */
    Map<Long, Map<Long, Long>> estimates(long campaignId, List<Line> lines) {
        Map<Long, Map<Long, Long>> spend = new HashMap<>();
        jdbc.query("SELECT t.unit_id, cc.gift_line_id, SUM(cc.gift_quantity * b.unit_price) FROM care_contact cc "
                + "JOIN care_task t ON t.id = cc.task_id JOIN budget_line b ON b.id = cc.gift_line_id "
                + "WHERE cc.campaign_id = ? AND cc.gift_line_id IS NOT NULL GROUP BY t.unit_id, cc.gift_line_id",
                row -> {
                    add(spend, row.getLong(1), row.getLong(2), row.getLong(3));
                }, campaignId);
        jdbc.query("SELECT unit_id, SUM(sms_contacts) FROM care_task WHERE campaign_id = ? GROUP BY unit_id "
                + "HAVING SUM(sms_contacts) > 0", row -> {
                    long unitId = row.getLong(1);
                    long sms = row.getLong(2);
                    smsLine(lines, unitId).ifPresent(line -> add(spend, unitId, line.id(), sms * line.unitPrice()));
                }, campaignId);
        return spend;
    }

    private static Optional<Line> smsLine(List<Line> lines, long unitId) {
        List<Line> sms = lines.stream().filter(line -> line.category() == BudgetCategory.SMS).toList();
        return sms.stream().filter(line -> Objects.equals(line.unitId(), unitId)).findFirst()
                .or(() -> sms.stream().filter(line -> line.unitId() == null).findFirst());
    }

    private static void add(Map<Long, Map<Long, Long>> spend, long unitId, long lineId, long amount) {
        spend.computeIfAbsent(unitId, unit -> new HashMap<>()).merge(lineId, amount, Long::sum);
    }

    private static final String LINES = "SELECT id, campaign_id, unit_id, category, description, amount, unit_price "
            + "FROM budget_line";

    private static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
        long unit = rs.getLong(3);
        Long unitId = rs.wasNull() ? null : unit;
        return new Line(rs.getLong(1), rs.getLong(2), unitId,
                BudgetCategory.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getLong(7));
    }
}
