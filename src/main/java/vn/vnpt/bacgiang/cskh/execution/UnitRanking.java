package vn.vnpt.bacgiang.cskh.execution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Where a unit stands among a campaign's executing units: reached customers against the quota first, then
 * success, then the name. A sales manager learns their own unit's place without seeing the others' figures.
 */
@Service
@PreAuthorize(Permissions.HAS_PROGRESS_READ)
@Transactional(readOnly = true)
public class UnitRanking {

    /** The order of the step-8 reports: the best reach against quota first. */
    public static final Comparator<UnitProgress> ORDER = Comparator
            .comparing(UnitProgress::quotaRate, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(unit -> unit.figures().successRate(),
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(UnitProgress::unitName);

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    UnitRanking(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The unit's place among the campaign's executing units with tasks, or null when it has none. */
    public @Nullable Rank rank(long campaignId, long unitId) {
        TaskScope.of(currentUser.require()).require(unitId, null);
        // The shares are read here, not through CarePlanService, which shows a sales manager only their own.
        List<UnitProgress> units = new ArrayList<>(jdbc.query("SELECT s.unit_id, s.unit_name, s.quota, t.reached, "
                        + "t.accepted FROM campaign_share s JOIN (SELECT unit_id, SUM(state = 'COMPLETED') AS reached, "
                        + "SUM(last_outcome = 'REACHED_ACCEPTED') AS accepted FROM care_task WHERE campaign_id = ? "
                        + "GROUP BY unit_id) t ON t.unit_id = s.unit_id WHERE s.campaign_id = ?",
                (rs, n) -> new UnitProgress(rs.getLong("unit_id"), rs.getString("unit_name"),
                        new Figures(0, 0, 0, rs.getLong("reached"), rs.getLong("accepted"), null, 0, 0, 0, 0, 0),
                        rs.getLong("quota"), null, null, null, 0), campaignId, campaignId));
        units.sort(ORDER);
        for (int place = 0; place < units.size(); place++) {
            if (units.get(place).unitId() == unitId) {
                return new Rank(place + 1, units.size());
            }
        }
        return null;
    }

    /** "2 / 11": the unit's place and how many units were ranked. */
    public record Rank(int place, int of) {
    }
}
