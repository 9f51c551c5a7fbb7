package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.ReasonedRefusal;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.segment.Segment;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

/**
 * Campaigns and their life cycle. ĐHNV (planners, supervisors), the Director and Admins see every
 * campaign; sales managers and care staff see, read-only, those being carried out, supervised or
 * evaluated (managers also those in readiness) in which their unit takes part, i.e. has a share of
 * the plan. Every move goes through {@link CampaignWorkflow}'s guards and is written to the
 * campaign's history and the audit trail in the same transaction.
 */
@Service
@PreAuthorize(Permissions.HAS_CAMPAIGN_READ)
@Transactional(readOnly = true)
public class CampaignService {

    private static final Set<CampaignState> IN_THE_FIELD =
            EnumSet.of(CampaignState.EXECUTION, CampaignState.SUPERVISION, CampaignState.EVALUATION);
    private static final Set<CampaignState> OPEN = EnumSet.allOf(CampaignState.class).stream()
            .filter(CampaignState::isOpen).collect(Collectors.toCollection(() -> EnumSet.noneOf(CampaignState.class)));
    private static final Set<Permission> WAITED_ON =
            EnumSet.of(Permission.APPRAISE, Permission.CAMPAIGN_CLOSE, Permission.READINESS_CONFIRM, Permission.CAMPAIGN_PLAN,
                    Permission.BUDGET_SETTLE);

    private final CampaignRepository campaigns;
    private final StateChangeRepository history;
    private final CampaignWorkflow workflow;
    private final ObjectProvider<UnitWork> unitWork;
    private final SegmentService segments;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;
    private final UnitReadinessRepository readiness;
    private final CampaignMoves moves;
    private final CampaignUnits units;
    private final SegmentScopeGuard segmentScope;

    CampaignService(CampaignRepository campaigns, StateChangeRepository history, CampaignWorkflow workflow,
                    SegmentService segments, CurrentUser currentUser, AuditTrail audit, Validator validator,
                    Clock clock, UnitReadinessRepository readiness, CampaignMoves moves,
                    CampaignUnits units, SegmentScopeGuard segmentScope, ObjectProvider<UnitWork> unitWork) {
        this.moves = moves;
        this.segmentScope = segmentScope;
        this.unitWork = unitWork;
        this.units = units;
        this.readiness = readiness;
        this.campaigns = campaigns;
        this.history = history;
        this.workflow = workflow;
        this.segments = segments;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** The campaigns the user may see that match the filter, soonest deadline first. */
    public List<Campaign> board(CampaignFilter filter) {
        PortalUser user = currentUser.require();
        Set<Long> ofUnit = filter.unitId() == null ? null : units.campaignsOf(filter.unitId());
        List<Campaign> visible = inScope(user).stream().filter(filter::matches)
                .filter(campaign -> ofUnit == null || ofUnit.contains(campaign.getId())).toList();
        return filter.waitingOnMe() ? visible.stream().filter(campaign -> waitsOn(campaign, user)).toList() : visible;
    }

    /** The units taking part in the campaigns the user sees: their owners' units and the executing units. */
    public List<CampaignUnit> units() {
        return units.of(board(CampaignFilter.none()).stream().map(Campaign::getId).filter(Objects::nonNull).toList());
    }

    /** The board's columns for the user: every step and returned plans, or only the steps they see in the field. */
    public List<CampaignState> boardStates() {
        PortalUser user = currentUser.require();
        List<CampaignState> states = new ArrayList<>(CampaignState.steps());
        states.add(CampaignState.RETURNED);
        Set<CampaignState> queried = queriedStates(user);
        return states.stream().filter(queried::contains).toList();
    }

    public Campaign get(long id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new RecordNotFound("campaign.notfound", id));
        PortalUser user = currentUser.require();
        if (!visible(campaign, user)) {
            if (takesPart(campaign, user)) {
                throw new ReasonedRefusal("campaign.refused.step", campaign.getState().labelKey());
            }
            throw new AccessDeniedException("Campaign " + id + " is not visible to the user");
        }
        return campaign;
    }

    /** The campaign's moves in order, its creation first. */
    public List<StateChange> history(long id) {
        return history.findByCampaignIdOrderByAtAscIdAsc(Objects.requireNonNull(get(id).getId()));
    }

    /** The moves the user may offer on this campaign now. */
    public List<CampaignTransition> allowedTransitions(Campaign campaign) {
        return workflow.allowed(campaign, currentUser.require());
    }

    /** The move a drop onto the target state would make, or a refusal with the reason, before asking for a comment. */
    public CampaignTransition checkMove(Campaign campaign, CampaignState target) {
        return workflow.transitionTo(campaign, target, currentUser.require());
    }

    /** What waits on the user: plans to appraise and campaigns to close, returned or late campaigns they own. */
    @PreAuthorize("isAuthenticated()")
    public List<Campaign> waitingOn(PortalUser user) {
        if (WAITED_ON.stream().noneMatch(user::can)) {
            return List.of();
        }
        // a closed or cancelled campaign waits on no one: read the open ones, not every campaign of past years
        return campaigns.findInStates(OPEN).stream().filter(campaign -> waitsOn(campaign, user)).toList();
    }

    /** Whether work another feature gives the user's unit in the campaign's current state waits (step 8's settlement). */
    public boolean unitWorkWaits(Campaign campaign) {
        PortalUser user = currentUser.require();
        return unitWork.stream().anyMatch(work -> work.waitsOn(campaign, user));
    }

    /** Whether the move needs a reason now (starting execution only as the Director's override of unready units). */
    public boolean needsComment(Campaign campaign, CampaignTransition transition) {
        return workflow.needsComment(campaign, transition);
    }

    /**
     * What the move would override now: the first guard a later step puts on it that the campaign does not
     * meet (refused to others, the Director's to override with a reason); empty when there is none.
     */
    public Optional<RuleViolation> overridden(Campaign campaign, CampaignTransition transition) {
        return workflow.unmet(campaign, transition);
    }

    /** For a campaign in readiness, its executing units that confirmed and all of them; else null. */
    public long @Nullable [] unitsReady(Campaign campaign) {
        if (campaign.getState() != CampaignState.READINESS) {
            return null;
        }
        List<UnitReadiness> units = readinessOf(campaign);
        return new long[] {units.stream().filter(UnitReadiness::isConfirmed).count(), units.size()};
    }

    /**
     * Moves the campaign read at the given version to the target state, if the guards allow it. Step 4's
     * decisions are refused here: the Director makes them with scores through {@link AppraisalService#decide}.
     */
    @Transactional
    public Campaign move(long id, long version, CampaignState target, @Nullable String comment) {
        return move(id, version, target, comment, false);
    }

    /**
     * As {@link #move(long, long, CampaignState, String)}; {@code earlyStartConfirmed} is the user's
     * confirmation that execution starts before the campaign's period does, without which that start is refused.
     */
    @Transactional
    public Campaign move(long id, long version, CampaignState target, @Nullable String comment,
                         boolean earlyStartConfirmed) {
        return moves.move(get(id), version, target, comment, currentUser.require(), false, earlyStartConfirmed);
    }

    /** Whether starting execution today would start it before the campaign's period: the start then needs confirming. */
    public boolean startsEarly(Campaign campaign) {
        return workflow.startsEarly(campaign, today());
    }

    /**
     * Why the user may not make this move now (the same guards as {@link #move}), or empty when they may;
     * the refusal's key and arguments are translated by the UI.
     */
    public Optional<RuleViolation> refusal(Campaign campaign, CampaignTransition transition) {
        try {
            moves.check(campaign, transition.to(), currentUser.require(), false);
            return Optional.empty();
        } catch (RuleViolation refused) {
            return Optional.of(refused);
        }
    }

    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public Campaign create(Campaign draft) {
        PortalUser user = currentUser.require();
        Campaign campaign = new Campaign();
        copy(draft, campaign);
        campaign.ownedBy(user.id(), user.displayName());
        campaign.moveTo(CampaignState.SEGMENTING, workflow.deadline(CampaignState.SEGMENTING, today()), null);
        campaigns.saveAndFlush(campaign);
        long id = Objects.requireNonNull(campaign.getId());
        history.save(new StateChange(id, null, CampaignState.SEGMENTING, user.id(), user.displayName(),
                clock.instant(), null));
        audit.created(campaign, "Tạo chương trình CSKH " + campaign.getName());
        return campaign;
    }

    /** Saves a planner's edit of the campaign's content while it is still being prepared; refuses a stale edit. */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public Campaign update(Campaign edited) {
        Campaign campaign = current(Objects.requireNonNull(edited.getId()), edited.getVersion());
        if (!campaign.getState().isEditable()) {
            throw new RuleViolation("campaign.edit.locked", null);
        }
        Map<String, Object> before = campaign.auditState();
        copy(edited, campaign);
        campaigns.flush();
        audit.updated(campaign, before, "Sửa chương trình CSKH " + campaign.getName());
        return campaign;
    }

    private Campaign current(long id, long version) {
        Campaign campaign = get(id);
        campaign.requireVersion(version);
        return campaign;
    }

    private void copy(Campaign from, Campaign to) {
        to.setName(from.getName().trim());
        to.setProgrammeType(from.getProgrammeType());
        to.setObjective(blankToNull(from.getObjective()));
        to.setPeriodStart(from.getPeriodStart());
        to.setPeriodEnd(from.getPeriodEnd());
        var violations = validator.validate(to);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        CampaignWorkflow.requirePeriod(to);
        Long segmentId = from.getSegmentId();
        Segment segment = segmentId == null ? null : segments.get(segmentId);
        if (segment != null && !Objects.equals(segmentId, to.getSegmentId())) {
            segmentScope.require(segment);
        }
        to.segment(segmentId, segment == null ? null : segment.getName());
    }

    /**
     * Step 8 waits on the Director once nothing stands in the way of closing (the report submitted, the
     * settlement done: the CLOSE guards), and on the campaign's planner until then.
     */
    private boolean waitsOn(Campaign campaign, PortalUser user) {
        CampaignState state = campaign.getState();
        if (state == CampaignState.APPRAISAL && user.can(Permission.APPRAISE)) {
            return true;
        }
        if (state == CampaignState.EVALUATION) {
            boolean closes = user.can(Permission.CAMPAIGN_CLOSE);
            boolean owns = user.can(Permission.CAMPAIGN_PLAN) && campaign.getOwnerId() == user.id();
            if ((closes || owns) && (workflow.unmet(campaign, CampaignTransition.CLOSE).isEmpty() ? closes : owns)) {
                return true;
            }
        }
        if (state == CampaignState.READINESS && user.can(Permission.READINESS_CONFIRM)
                && readinessOf(campaign).stream().anyMatch(unit -> !unit.isConfirmed()
                && ReadinessService.manages(user, unit))) {
            return true;
        }
        if (unitWork.stream().anyMatch(work -> work.waitsOn(campaign, user))) {
            return true;
        }
        return user.can(Permission.CAMPAIGN_PLAN) && campaign.getOwnerId() == user.id()
                && (state == CampaignState.RETURNED || campaign.isLate(today()));
    }

    /** The campaigns the user sees, soonest deadline first: all, or those in the field their unit takes part in. */
    private List<Campaign> inScope(PortalUser user) {
        if (user.seesAll()) {
            return campaigns.findInStates(EnumSet.allOf(CampaignState.class));
        }
        List<String> states = queriedStates(user).stream().map(CampaignState::name).toList();
        return campaigns.findInStatesTakenPartIn(states, user.scope().pathPattern(), user.unitPath());
    }

    private boolean visible(Campaign campaign, PortalUser user) {
        return user.seesAll() || queriedStates(user).contains(campaign.getState()) && takesPart(campaign, user);
    }

    private boolean takesPart(Campaign campaign, PortalUser user) {
        return campaigns.countTakenPartIn(Objects.requireNonNull(campaign.getId()), user.scope().pathPattern(),
                user.unitPath()) > 0;
    }

    private Set<CampaignState> queriedStates(PortalUser user) {
        Set<CampaignState> states = EnumSet.copyOf(visibleStates(user));
        if (user.can(Permission.READINESS_CONFIRM)) {
            states.add(CampaignState.READINESS);
        }
        return states;
    }

    private List<UnitReadiness> readinessOf(Campaign campaign) {
        return readiness.findByCampaignIdOrderByUnitNameAsc(Objects.requireNonNull(campaign.getId()));
    }

    private static Set<CampaignState> visibleStates(PortalUser user) {
        return user.seesAll() ? EnumSet.allOf(CampaignState.class) : IN_THE_FIELD;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
