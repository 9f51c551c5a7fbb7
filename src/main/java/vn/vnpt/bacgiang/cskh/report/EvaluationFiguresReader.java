package vn.vnpt.bacgiang.cskh.report;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.ScriptService;
import vn.vnpt.bacgiang.cskh.execution.CampaignProgress;
import vn.vnpt.bacgiang.cskh.execution.ContactTrend;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.StaffBreakdown;
import vn.vnpt.bacgiang.cskh.execution.UnitTrends;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.execution.UnitRanking;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.settlement.SettlementService;
import vn.vnpt.bacgiang.cskh.supervision.CampaignFinding;
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
    private final ScriptService scripts;
    private final SettlementService settlements;
    private final Clock clock;

    EvaluationFiguresReader(CampaignService campaigns, ProgressService progress, ContactTrend trend,
                            HandoffService handoffs, CampaignInspectionService inspections,
                            EvaluationRepository evaluations, ScriptService scripts, SettlementService settlements,
                            Clock clock) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.trend = trend;
        this.handoffs = handoffs;
        this.inspections = inspections;
        this.evaluations = evaluations;
        this.scripts = scripts;
        this.settlements = settlements;
        this.clock = clock;
    }

    EvaluationFigures read(long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        StaffBreakdown breakdown = progress.progressByStaff(campaignId);
        CampaignProgress units = breakdown.progress();
        UnitTrends days = trend.byUnit(campaignId);
        List<CampaignFinding> findings = inspections.findings(campaignId);
        Evaluation evaluation = evaluations.findByCampaignId(campaignId).orElse(null);
        List<UnitProgress> ranked = ranked(units.units());
        return new EvaluationFigures(campaign.getName(), campaign.getObjective(), campaign.getSegmentName(),
                campaign.getPeriodStart(), campaign.getPeriodEnd(), ranked,
                units.total(), days.all(), handoffs.slaOfCampaign(campaignId),
                inspections.plan(campaignId), evaluation == null ? null : evaluation.getConclusions(),
                evaluation == null ? null : evaluation.getProposals(), clock.instant(),
                scripts.orientation(campaignId).getGoals(), scriptsUsed(campaignId),
                budgets(campaignId, units.units()),
                ranked.stream().map(unit -> new UnitAppendix(unit.unitId(), breakdown.staffOf(unit.unitId()),
                        days.of(unit.unitId()), findings.stream().filter(finding -> finding.unitId() == unit.unitId())
                        .toList())).toList());
    }

    private List<ScriptUsed> scriptsUsed(long campaignId) {
        return scripts.scripts(campaignId).stream().flatMap(entry -> entry.approved().stream()
                .map(version -> new ScriptUsed(entry.script().getTitle(), version.getNumber()))).toList();
    }

    /** Each unit's planned and settled budget; the estimate is what its progress figures say it spent. */
    private List<UnitBudget> budgets(long campaignId, List<UnitProgress> units) {
        return settlements.sheetWithoutEstimates(campaignId).units().stream().map(unit -> new UnitBudget(unit.unitId(),
                unit.planned(), units.stream().filter(progress -> progress.unitId() == unit.unitId()).findFirst()
                .map(progress -> progress.figures().budgetUsed()).orElse(0L), unit.settled(), unit.submitted()))
                .toList();
    }

    /** The order the report ranks units in ({@link UnitRanking#ORDER}). */
    static List<UnitProgress> ranked(List<UnitProgress> units) {
        return units.stream().sorted(UnitRanking.ORDER).toList();
    }
}
