package vn.vnpt.bacgiang.cskh.settlement;

import java.util.List;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;

/**
 * A campaign's settlement as the signed-in user may read it: per executing unit and line, planned vs
 * estimated vs settled (one unit for its own manager, every unit for those who see the whole
 * organisation), the centre's lines as the planner settles them (not for a unit), and the progress.
 * The units' totals add up to the whole budget: centre lines are split over the units exactly.
 */
public record SettlementSheet(long campaignId, CampaignState campaignState, List<UnitSheet> units,
                              List<SheetLine> centre, SettlementProgress progress, boolean maySettleCentre) {

    public long planned() {
        return units.stream().mapToLong(UnitSheet::planned).sum();
    }

    public long estimated() {
        return units.stream().mapToLong(UnitSheet::estimated).sum();
    }

    public long settled() {
        return units.stream().mapToLong(UnitSheet::settled).sum();
    }
}
