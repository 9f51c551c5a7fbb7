package vn.vnpt.bacgiang.cskh.campaign;

import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction of every campaign move, after the move and (on approval) the
 * member freeze are written, so that listeners such as step 6's distribution commit or fail with it.
 */
public record CampaignMoved(long campaignId, CampaignState from, CampaignState to, long actorId,
                            @Nullable String comment) {
}
