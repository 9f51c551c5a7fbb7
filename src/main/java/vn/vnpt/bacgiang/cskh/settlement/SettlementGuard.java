package vn.vnpt.bacgiang.cskh.settlement;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.campaign.MoveGuard;

/**
 * A campaign closes once its budget is settled: every executing unit submitted its settlement and ĐHNV
 * settled the centre's lines (docs/decisions/0035). The Director may close before, with a reason.
 */
@Component
class SettlementGuard implements MoveGuard {

    private final SettlementService settlements;

    SettlementGuard(SettlementService settlements) {
        this.settlements = settlements;
    }

    @Override
    public CampaignTransition transition() {
        return CampaignTransition.CLOSE;
    }

    @Override
    public Optional<RuleViolation> unmet(long campaignId) {
        SettlementProgress progress = settlements.progress(campaignId);
        return progress.complete() ? Optional.empty() : Optional.of(new RuleViolation("settlement.guard.incomplete",
                null, progress.units() - progress.unitsSubmitted(), progress.centreLines() - progress.centreLinesSettled()));
    }
}
