package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The units campaigns involve: the unit of the campaign's owner (ĐHNV for the planners) and every
 * executing unit with a share of its plan. The board's "unit" filter reads them.
 */
@Component
class CampaignUnits {

    private static final String TAKING_PART = "SELECT campaign_id, unit_id FROM campaign_share UNION "
            + "SELECT c.id, a.unit_id FROM campaign c JOIN user_account a ON a.id = c.owner_id";

    private final JdbcTemplate jdbc;

    CampaignUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the campaigns the unit takes part in. */
    Set<Long> campaignsOf(long unitId) {
        return new HashSet<>(jdbc.queryForList("SELECT campaign_id FROM (" + TAKING_PART + ") p WHERE unit_id = ?",
                Long.class, unitId));
    }

    /** The units taking part in any of the given campaigns, by name. */
    List<CampaignUnit> of(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        String ids = campaignIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.query("SELECT DISTINCT u.id, u.name FROM (" + TAKING_PART + ") p JOIN unit u ON u.id = p.unit_id "
                + "WHERE p.campaign_id IN (" + ids + ") ORDER BY u.name",
                (rs, row) -> new CampaignUnit(rs.getLong(1), rs.getString(2)));
    }
}
