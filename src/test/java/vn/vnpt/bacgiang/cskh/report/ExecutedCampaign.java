package vn.vnpt.bacgiang.cskh.report;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;

/**
 * A campaign in execution for the reports' tests: Việt Yên has two customers, the first reached and accepted with a
 * rating of 5; Lạng Giang has one, not contacted. Started by the Director: call it signed in as giamdoc.
 */
final class ExecutedCampaign {

    private ExecutedCampaign() {
    }

    static long of(JdbcTemplate jdbc, CampaignService campaigns, String name) {
        long campaign = ExecutionFixture.campaignInReadiness(jdbc, name,
                List.of(ExecutionFixture.BICH_DONG, ExecutionFixture.NENH, ExecutionFixture.VOI));
        ExecutionFixture.startExecution(campaigns, campaign);
        jdbc.update("UPDATE care_task SET state = 'COMPLETED', contacts = 1, last_outcome = 'REACHED_ACCEPTED', "
                + "satisfaction = 5 WHERE campaign_id = ? AND unit_id = ? ORDER BY id LIMIT 1", campaign,
                ExecutionFixture.VIET_YEN);
        return campaign;
    }
}
