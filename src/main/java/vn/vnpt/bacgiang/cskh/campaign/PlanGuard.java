package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/** What the plan must hold before it goes to appraisal: shares that cover the segment, and a budget. */
@Component
class PlanGuard {

    private final PlanCounts counts;
    private final CampaignShareRepository shares;
    private final BudgetLineRepository lines;

    PlanGuard(PlanCounts counts, CampaignShareRepository shares, BudgetLineRepository lines) {
        this.counts = counts;
        this.shares = shares;
        this.lines = lines;
    }

    void requireComplete(Campaign campaign) {
        long id = Objects.requireNonNull(campaign.getId());
        var split = shares.findByCampaignIdOrderByUnitNameAsc(id);
        if (split.isEmpty()) {
            throw new RuleViolation("campaign.guard.shares", null);
        }
        long shared = split.stream().mapToLong(CampaignShare::getMembers).sum();
        long total = counts.segmentTotal(campaign);
        if (shared != total) {
            throw new RuleViolation("campaign.guard.sharesCover", null, shared, total);
        }
        if (lines.countByCampaignId(id) == 0) {
            throw new RuleViolation("campaign.guard.budget", null);
        }
    }
}
