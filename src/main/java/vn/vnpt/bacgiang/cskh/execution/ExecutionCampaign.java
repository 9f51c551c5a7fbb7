package vn.vnpt.bacgiang.cskh.execution;

import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/** A campaign that has care tasks, for the selectors of the execution views. */
public record ExecutionCampaign(long id, String name, CampaignState state) {
}
