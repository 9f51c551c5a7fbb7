package vn.vnpt.bacgiang.cskh.report;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.CampaignProgress;
import vn.vnpt.bacgiang.cskh.execution.ContactTrend;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.execution.UnitRanking;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspectionService;

/**
 * Reads a campaign's evaluation figures through the features' own services, as the signed-in user (who, holding
 * EVALUATION_READ, sees every unit): the same figures the progress view, the hand-off SLA and step 7's tab show.
 */
@Component
class EvaluationFiguresReader {

    private final CampaignService campaigns;
    private final ProgressService progress;
    private final ContactTrend trend;
    private final HandoffService handoffs;
    private final CampaignInspectionService inspections;
    private final EvaluationRepository evaluations;
    private final Clock clock;

    EvaluationFiguresReader(CampaignService campaigns, ProgressService progress, ContactTrend trend,
                            HandoffService handoffs, CampaignInspectionService inspections,
                            EvaluationRepository evaluations, Clock clock) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.trend = trend;
        this.handoffs = handoffs;
        this.inspections = inspections;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    EvaluationFigures read(long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        CampaignProgress units = progress.progress(campaignId);
        Evaluation evaluation = evaluations.findByCampaignId(campaignId).orElse(null);
        return new EvaluationFigures(campaign.getName(), campaign.getObjective(), campaign.getSegmentName(),
                campaign.getPeriodStart(), campaign.getPeriodEnd(), ranked(units.units()),
                units.total(), trend.daily(campaignId), handoffs.slaOfCampaign(campaignId),
                inspections.plan(campaignId), evaluation == null ? null : evaluation.getConclusions(),
                evaluation == null ? null : evaluation.getProposals(), clock.instant());
    }

    /** The order the report ranks units in ({@link UnitRanking#ORDER}). */
    static List<UnitProgress> ranked(List<UnitProgress> units) {
        return units.stream().sorted(UnitRanking.ORDER).toList();
    }
}
