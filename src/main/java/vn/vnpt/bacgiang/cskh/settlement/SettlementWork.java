package vn.vnpt.bacgiang.cskh.settlement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.UnitWork;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * A campaign in evaluation waits on each executing unit's manager until the unit submitted its settlement (a unit
 * returned to by ĐHNV waits again).
 */
@Component
class SettlementWork implements UnitWork {

    private final JdbcTemplate jdbc;

    SettlementWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean waitsOn(Campaign campaign, PortalUser user) {
        if (campaign.getState() != CampaignState.EVALUATION || !user.can(Permission.BUDGET_SETTLE)) {
            return false;
        }
        Boolean waits = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM campaign_share s WHERE s.campaign_id = ? "
                + "AND s.unit_id = ?) AND NOT EXISTS (SELECT 1 FROM settlement_unit u WHERE u.campaign_id = ? "
                + "AND u.unit_id = ? AND u.state = 'SUBMITTED')", Boolean.class, campaign.getId(), user.unitId(),
                campaign.getId(), user.unitId());
        return Boolean.TRUE.equals(waits);
    }
}
