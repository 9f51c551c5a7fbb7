package vn.vnpt.bacgiang.cskh.campaign.ui;

import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.ui.MenuBadge;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;

/** Beside the board's menu entry: how many campaigns wait on the user. */
@Component
class WaitingBadge implements MenuBadge {

    private final CampaignService campaigns;
    private final CurrentUser currentUser;

    WaitingBadge(CampaignService campaigns, CurrentUser currentUser) {
        this.campaigns = campaigns;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "campaigns";
    }

    @Override
    public long count() {
        return currentUser.find().map(user -> campaigns.waitingOn(user).size()).orElse(0);
    }
}
