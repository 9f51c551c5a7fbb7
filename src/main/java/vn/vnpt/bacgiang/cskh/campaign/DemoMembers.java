package vn.vnpt.bacgiang.cskh.campaign;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/**
 * The run command's demo campaigns past appraisal were inserted approved, so their members were
 * never frozen: once the demo customers are loaded, each of them with no members yet gets its
 * segment frozen as the approval would have done. Runs before the features of step 6 and later
 * read the members ({@link #ORDER}).
 */
@Component
@Profile("demo")
class DemoMembers {

    /** Listeners of the demo start that need the frozen members order themselves after this. */
    static final int ORDER = 10;

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);
    private static final EnumSet<CampaignState> APPROVED = EnumSet.of(CampaignState.READINESS,
            CampaignState.EXECUTION, CampaignState.SUPERVISION, CampaignState.EVALUATION, CampaignState.CLOSED);

    private final CampaignRepository campaigns;
    private final MemberFreeze freeze;
    private final ActingUser acting;
    private final TransactionTemplate transaction;

    DemoMembers(CampaignRepository campaigns, MemberFreeze freeze, ActingUser acting,
                TransactionTemplate transaction) {
        this.campaigns = campaigns;
        this.freeze = freeze;
        this.acting = acting;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    void freezeDemoMembers() {
        acting.run("kehoach", planner -> {
            int frozen = 0;
            for (Campaign campaign : campaigns.findInStates(APPROVED)) {
                if (campaign.getSegmentId() == null || freeze.count(java.util.Objects.requireNonNull(campaign.getId())) > 0) {
                    continue;
                }
                Integer members = transaction.execute(status -> freeze.freeze(campaign));
                log.info("Froze {} members of the demo campaign {}", members, campaign.getName());
                frozen++;
            }
            if (frozen > 0) {
                log.info("Froze the members of {} demo campaigns", frozen);
            }
        });
    }
}
