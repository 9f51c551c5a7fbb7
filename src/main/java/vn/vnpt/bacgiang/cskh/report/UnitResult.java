package vn.vnpt.bacgiang.cskh.report;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.execution.UnitRanking;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverSla;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspection;

/** What the unit result report is filled from: one unit over the campaigns of a period. */
public record UnitResult(String unitName, LocalDate from, LocalDate to, List<CampaignLine> campaigns,
                         List<InspectionLine> inspections, List<ReceiverSla> handoffs) {

    /** The unit's share of one executed campaign and its place among the campaign's units. */
    public record CampaignLine(Campaign campaign, UnitProgress share, UnitRanking.@Nullable Rank rank) {
    }

    /** One inspection of the unit within a campaign of the period. */
    public record InspectionLine(String campaignName, CampaignInspection inspection) {
    }
}
