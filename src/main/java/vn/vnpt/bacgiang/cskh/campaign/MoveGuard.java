package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Optional;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/**
 * A condition a later step puts on a campaign move, contributed as a Spring bean by the feature that
 * knows it (step 7's supervision guards the start of evaluation), so that this module depends on none
 * of them. An unmet guard refuses the move to everyone but the Director, who may override it with a
 * reason kept in the campaign's history.
 */
public interface MoveGuard {

    /** The move this guard checks. */
    CampaignTransition transition();

    /** Why the campaign may not make the move yet, with the counts the reason quotes; empty when it may. */
    Optional<RuleViolation> unmet(long campaignId);
}
