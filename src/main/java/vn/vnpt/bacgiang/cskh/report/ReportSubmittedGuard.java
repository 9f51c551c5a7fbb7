package vn.vnpt.bacgiang.cskh.report;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.campaign.MoveGuard;

/**
 * A campaign closes once the planner has submitted its evaluation report; the Director may close it
 * before, with a reason (the report is then issued with the conclusions as they stand).
 */
@Component
class ReportSubmittedGuard implements MoveGuard {

    private final EvaluationRepository evaluations;

    ReportSubmittedGuard(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public CampaignTransition transition() {
        return CampaignTransition.CLOSE;
    }

    @Override
    public Optional<RuleViolation> unmet(long campaignId) {
        boolean submitted = evaluations.findByCampaignId(campaignId)
                .filter(evaluation -> evaluation.getState() == EvaluationState.SUBMITTED).isPresent();
        return submitted ? Optional.empty() : Optional.of(new RuleViolation("report.evaluation.guard.notSubmitted", null));
    }
}
