package vn.vnpt.bacgiang.cskh.campaign;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * The guards of the life cycle: who may make a move, whether it needs a comment, and what must be
 * complete before it; and the deadline each step gets. Later steps add their conditions as
 * {@link MoveGuard} beans, which the Director may override with a reason.
 */
@Component
@EnableConfigurationProperties(CampaignStepDays.class)
class CampaignWorkflow {

    private final CampaignStepDays stepDays;
    private final StepTwoGuard stepTwo;
    private final PlanGuard planGuard;
    private final ReadinessGuard readiness;
    private final ObjectProvider<MoveGuard> guards;

    CampaignWorkflow(CampaignStepDays stepDays, StepTwoGuard stepTwo, PlanGuard planGuard, ReadinessGuard readiness,
                     ObjectProvider<MoveGuard> guards) {
        this.readiness = readiness;
        this.guards = guards;
        this.stepDays = stepDays;
        this.stepTwo = stepTwo;
        this.planGuard = planGuard;
    }

    /** The moves the user's roles allow from the campaign's state now (content guards are checked on the move). */
    List<CampaignTransition> allowed(Campaign campaign, PortalUser user) {
        return Arrays.stream(CampaignTransition.values())
                .filter(transition -> transition.leaves(campaign.getState()) && transition.allowedTo(user.roles()))
                .toList();
    }

    /** The move to the target state, refused with the reason if the user may not make it now. */
    CampaignTransition transitionTo(Campaign campaign, CampaignState target, PortalUser user) {
        CampaignTransition transition = CampaignTransition.between(campaign.getState(), target)
                .orElseThrow(() -> new RuleViolation("campaign.refused.noSuchMove", null));
        if (!transition.allowedTo(user.roles())) {
            throw new RuleViolation(transition.refusalKey(), null);
        }
        requireComplete(campaign, transition);
        stepTwo.require(campaign, transition);
        if (transition == CampaignTransition.START_EXECUTION && !user.hasRole(Role.DIRECTOR)
                && !readiness.allReady(campaign)) {
            long[] ready = readiness.readyOf(Objects.requireNonNull(campaign.getId()));
            throw new RuleViolation("campaign.guard.unitsNotReady", null, ready[0], ready[1]);
        }
        if (!user.hasRole(Role.DIRECTOR)) {
            Optional<RuleViolation> unmet = unmet(campaign, transition);
            if (unmet.isPresent()) {
                throw unmet.get();
            }
        }
        return transition;
    }

    /** The first contributed guard of the move the campaign does not meet now: what the Director would override. */
    Optional<RuleViolation> unmet(Campaign campaign, CampaignTransition transition) {
        long id = Objects.requireNonNull(campaign.getId());
        return guards.orderedStream().filter(guard -> guard.transition() == transition)
                .map(guard -> guard.unmet(id)).flatMap(Optional::stream).findFirst();
    }

    /** A reason is needed where the move asks for one, and for the Director's override of an unmet guard. */
    void requireComment(Campaign campaign, CampaignTransition transition, @Nullable String comment) {
        if (needsComment(campaign, transition) && (comment == null || comment.isBlank())) {
            throw new RuleViolation("campaign.comment.required", "comment");
        }
    }

    boolean needsComment(Campaign campaign, CampaignTransition transition) {
        if (transition == CampaignTransition.START_EXECUTION) {
            return !readiness.allReady(campaign);
        }
        return transition.commentRequired() || unmet(campaign, transition).isPresent();
    }

    /** What opens when the campaign enters a step: step 5's checklists for its executing units. */
    void entered(Campaign campaign, CampaignState state) {
        if (state == CampaignState.READINESS) {
            readiness.open(campaign);
        }
    }

    /** The deadline of the step the campaign enters; none once it is closed or cancelled. */
    @Nullable LocalDate deadline(CampaignState state, LocalDate today) {
        return state.isOpen() ? today.plusDays(stepDays.of(state)) : null;
    }

    /**
     * The deadline of the step the campaign enters: execution runs until the end of the campaign's period
     * (its tasks are due then too), every other step for its configured number of days.
     */
    @Nullable LocalDate deadline(Campaign campaign, CampaignState state, LocalDate today) {
        LocalDate periodEnd = campaign.getPeriodEnd();
        return state == CampaignState.EXECUTION && periodEnd != null ? periodEnd : deadline(state, today);
    }

    /** Whether execution would start before the campaign's period starts. */
    boolean startsEarly(Campaign campaign, LocalDate today) {
        LocalDate start = campaign.getPeriodStart();
        return start != null && today.isBefore(start);
    }

    static void requirePeriod(Campaign campaign) {
        LocalDate start = campaign.getPeriodStart();
        LocalDate end = campaign.getPeriodEnd();
        if (start != null && end != null && !end.isAfter(start)) {
            throw new RuleViolation("campaign.guard.periodOrder", "periodEnd");
        }
    }

    private void requireComplete(Campaign campaign, CampaignTransition transition) {
        if (transition == CampaignTransition.SUBMIT) {
            planGuard.requireComplete(campaign);
        }
        if (transition != CampaignTransition.START_ORIENTATION) {
            return;
        }
        if (campaign.getSegmentId() == null) {
            throw new RuleViolation("campaign.guard.segment", "segmentId");
        }
        if (campaign.getObjective() == null || campaign.getObjective().isBlank()) {
            throw new RuleViolation("campaign.guard.objective", "objective");
        }
        if (campaign.getPeriodStart() == null || campaign.getPeriodEnd() == null) {
            throw new RuleViolation("campaign.guard.period", "periodStart");
        }
        requirePeriod(campaign);
    }
}
