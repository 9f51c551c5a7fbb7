package vn.vnpt.bacgiang.cskh.execution;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/** A campaign that has care tasks, for the selectors of the execution views. */
public record ExecutionCampaign(long id, String name, CampaignState state) {

    /**
     * Refuses work on the tasks of a closed or cancelled campaign: their tasks stay as they were
     * when the campaign ended, so no contact, assignment or hand-off is added to them. Checked
     * before the campaign's visibility, so the user learns why.
     */
    public static void requireOpen(JdbcTemplate jdbc, long campaignId, String refusalKey) {
        CampaignState state = jdbc.query("SELECT state FROM campaign WHERE id = ?",
                        (rs, n) -> CampaignState.valueOf(rs.getString(1)), campaignId).stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("campaign.notfound", campaignId));
        if (!state.isOpen()) {
            throw new RuleViolation(refusalKey, null);
        }
    }
}
