package vn.vnpt.bacgiang.cskh.campaign;

import java.util.EnumSet;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/**
 * The run command's demo plans: once the demo customers are loaded (after the migrations), the
 * demo campaigns from planning on that have no shares yet get their segment split per executing
 * unit, as their planner kehoach would, with quotas of nine in ten members.
 */
@Component
@Profile("demo")
class DemoPlans {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    private static final EnumSet<CampaignState> PLANNED = EnumSet.complementOf(
            EnumSet.of(CampaignState.SEGMENTING, CampaignState.ORIENTATION));

    private final CampaignRepository campaigns;
    private final CampaignShareRepository shares;
    private final PlanCounts counts;
    private final ActingUser acting;

    DemoPlans(CampaignRepository campaigns, CampaignShareRepository shares, PlanCounts counts,
              ActingUser acting) {
        this.campaigns = campaigns;
        this.shares = shares;
        this.counts = counts;
        this.acting = acting;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoMembers.ORDER - 5) // shares before the frozen members, step 6's tasks and their progress
    void splitDemoPlans() {
        acting.run("kehoach", planner -> {
            int split = 0;
            for (Campaign campaign : campaigns.findInStates(PLANNED)) {
                long id = Objects.requireNonNull(campaign.getId());
                if (campaign.getSegmentId() == null || !shares.findByCampaignIdOrderByUnitNameAsc(id).isEmpty()) {
                    continue;
                }
                ShareSplit.rollUp(counts.managedCounts(campaign), counts.executingUnits()).forEach((unit, members) -> {
                    CampaignShare share = new CampaignShare(id, unit.id(), unit.name(), members);
                    share.setQuota(members * 9 / 10);
                    shares.save(share);
                });
                split++;
            }
            if (split > 0) {
                log.info("Split the demo plans of {} campaigns", split);
            }
        });
    }
}
