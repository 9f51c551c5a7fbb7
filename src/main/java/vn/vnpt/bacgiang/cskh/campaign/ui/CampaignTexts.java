package vn.vnpt.bacgiang.cskh.campaign.ui;

import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;

/** How a campaign's dates read on cards, lists and its page. */
final class CampaignTexts {

    private CampaignTexts() {
    }

    static String period(Campaign campaign) {
        if (campaign.getPeriodStart() == null || campaign.getPeriodEnd() == null) {
            return "–";
        }
        return VnFormats.date(campaign.getPeriodStart()) + " – " + VnFormats.date(campaign.getPeriodEnd());
    }
}
