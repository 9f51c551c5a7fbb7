package vn.vnpt.bacgiang.cskh.campaign;

import static vn.vnpt.bacgiang.cskh.campaign.CampaignState.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * Every move a campaign may make, who may make it and whether it needs a comment. A move's
 * content guards (what must be complete first) live in {@link CampaignWorkflow}.
 */
public enum CampaignTransition {
    START_ORIENTATION(EnumSet.of(SEGMENTING), ORIENTATION, Role.PLANNER, false),
    START_PLANNING(EnumSet.of(ORIENTATION), PLANNING, Role.PLANNER, false),
    SUBMIT(EnumSet.of(PLANNING), APPRAISAL, Role.PLANNER, false),
    APPROVE(EnumSet.of(APPRAISAL), READINESS, Role.DIRECTOR, false),
    RETURN(EnumSet.of(APPRAISAL), RETURNED, Role.DIRECTOR, true),
    REJECT(EnumSet.of(APPRAISAL), CANCELLED, Role.DIRECTOR, true),
    REWORK(EnumSet.of(RETURNED), PLANNING, Role.PLANNER, false),
    // A planner starts execution once every unit confirmed its readiness; the Director may override with a reason.
    START_EXECUTION(EnumSet.of(READINESS), EXECUTION, Role.DIRECTOR, true),
    START_SUPERVISION(EnumSet.of(EXECUTION), SUPERVISION, Role.SUPERVISOR, false),
    // A planner starts evaluation once step 7 is done (MoveGuard); the Director may override with a reason.
    START_EVALUATION(EnumSet.of(SUPERVISION), EVALUATION, Role.PLANNER, false),
    CLOSE(EnumSet.of(EVALUATION), CLOSED, Role.DIRECTOR, false),
    CANCEL(EnumSet.of(SEGMENTING, ORIENTATION, PLANNING, RETURNED, READINESS, EXECUTION, SUPERVISION, EVALUATION),
            CANCELLED, Role.DIRECTOR, true);

    private final Set<CampaignState> from;
    private final CampaignState to;
    private final Role role;
    private final boolean commentRequired;

    CampaignTransition(Set<CampaignState> from, CampaignState to, Role role, boolean commentRequired) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.commentRequired = commentRequired;
    }

    /** The one transition between two states, if the workflow has one. */
    public static Optional<CampaignTransition> between(CampaignState from, CampaignState to) {
        return Arrays.stream(values()).filter(transition -> transition.from.contains(from) && transition.to == to)
                .findFirst();
    }

    public boolean leaves(CampaignState state) {
        return from.contains(state);
    }

    public CampaignState to() {
        return to;
    }

    public Role role() {
        return role;
    }

    /**
     * Whether a user with these roles may make this move (a planner may also start execution, guarded by
     * readiness; the Director may also start evaluation, overriding step 7's guard with a reason).
     */
    public boolean allowedTo(Set<Role> roles) {
        return roles.contains(role) || (this == START_EXECUTION && roles.contains(Role.PLANNER))
                || (this == START_EVALUATION && roles.contains(Role.DIRECTOR));
    }

    public boolean commentRequired() {
        return commentRequired;
    }

    public String labelKey() {
        return "campaign.transition." + name();
    }

    /** The message shown when a user without the role tries this move. */
    public String refusalKey() {
        return "campaign.refused." + name();
    }
}
