package vn.vnpt.bacgiang.cskh.campaign;

import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/**
 * The guards step 2 puts on the life cycle: planning starts only once the orientation has goals
 * and a channel, and a plan goes to appraisal only with an approved script version.
 */
@Component
class StepTwoGuard {

    private final CampaignOrientationRepository orientations;
    private final CareScriptVersionRepository versions;

    StepTwoGuard(CampaignOrientationRepository orientations, CareScriptVersionRepository versions) {
        this.orientations = orientations;
        this.versions = versions;
    }

    void require(Campaign campaign, CampaignTransition transition) {
        long id = campaign.getId() == null ? -1 : campaign.getId();
        if (transition == CampaignTransition.START_PLANNING
                && !orientations.findByCampaignId(id).map(CampaignOrientation::isComplete).orElse(false)) {
            throw new RuleViolation("campaign.guard.orientation", null);
        }
        if (transition == CampaignTransition.SUBMIT && !versions.anyApproved(id)) {
            throw new RuleViolation("campaign.guard.approvedScript", null);
        }
    }
}
