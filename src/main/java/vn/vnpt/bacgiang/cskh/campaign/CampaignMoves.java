package vn.vnpt.bacgiang.cskh.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Makes a guarded move inside the caller's transaction: the history line, the freeze on approval,
 * the audit entry and the {@link CampaignMoved} event. Step 4's decisions (approve, return,
 * reject) are made only with their scored appraisal, so only {@link AppraisalService} asks for them.
 */
@Component
class CampaignMoves {

    private final CampaignRepository campaigns;
    private final StateChangeRepository history;
    private final CampaignWorkflow workflow;
    private final MemberFreeze freeze;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignMoves(CampaignRepository campaigns, StateChangeRepository history, CampaignWorkflow workflow,
                  MemberFreeze freeze, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.campaigns = campaigns;
        this.history = history;
        this.workflow = workflow;
        this.freeze = freeze;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The move to the target, refused with the reason if the user may not make it now (as {@link #move} would). */
    CampaignTransition check(Campaign campaign, CampaignState target, PortalUser user, boolean appraised) {
        CampaignTransition transition = workflow.transitionTo(campaign, target, user);
        if (!appraised && AppraisalService.DECISIONS.contains(transition)) {
            throw new RuleViolation("campaign.refused.appraisalOnly", null);
        }
        return transition;
    }

    /**
     * Moves the campaign read at the given version to the target state; {@code appraised} is true
     * only for the appraisal's decision, recorded beside it in the same transaction.
     */
    Campaign move(Campaign campaign, long version, CampaignState target, @Nullable String comment, PortalUser user,
                  boolean appraised) {
        return move(campaign, version, target, comment, user, appraised, false);
    }

    /** As {@link #move}, with the user's confirmation that execution may start before the campaign's period. */
    Campaign move(Campaign campaign, long version, CampaignState target, @Nullable String comment, PortalUser user,
                  boolean appraised, boolean earlyStartConfirmed) {
        long id = Objects.requireNonNull(campaign.getId());
        campaign.requireVersion(version);
        CampaignTransition transition = check(campaign, target, user, appraised);
        workflow.requireComment(campaign, transition, comment);
        LocalDate today = LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
        if (transition == CampaignTransition.START_EXECUTION && !earlyStartConfirmed
                && workflow.startsEarly(campaign, today)) {
            throw new RuleViolation("campaign.guard.earlyStart", null,
                    VnFormats.date(Objects.requireNonNull(campaign.getPeriodStart())));
        }
        String reason = comment == null || comment.isBlank() ? null : comment.trim();
        Map<String, Object> before = campaign.auditState();
        CampaignState from = campaign.getState();
        campaign.moveTo(target, workflow.deadline(campaign, target, today),
                transition == CampaignTransition.RETURN ? reason : null);
        campaigns.flush();
        workflow.entered(campaign, target);
        history.save(new StateChange(id, from, target, user.id(), user.displayName(), clock.instant(), reason));
        if (transition == CampaignTransition.APPROVE) {
            freeze.freeze(campaign); // step 4: every approval freezes the segment's members into the campaign
        }
        audit.stateChanged(campaign, before, "Chuyển chương trình " + campaign.getName() + " từ " + from + " sang "
                + target);
        events.publishEvent(new CampaignMoved(id, from, target, user.id(), reason));
        return campaign;
    }
}
