package vn.vnpt.bacgiang.cskh.campaign;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.customer.CustomerDetails;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.customer.Subscription;
import vn.vnpt.bacgiang.cskh.customer.SubscriptionStatus;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.segment.MemberOrder;
import vn.vnpt.bacgiang.cskh.segment.SegmentMember;
import vn.vnpt.bacgiang.cskh.segment.SegmentQuery;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

/**
 * Step 2: a campaign's orientation and its versioned care scripts. Planners write and approve them
 * while the campaign is in orientation, planning or returned; editing a draft changes it, a change
 * to the approved version makes a new draft, and approving a draft supersedes the approved one.
 * Everyone who may see the campaign may read them. Every change is audited and optimistic-locked.
 */
@Service
@PreAuthorize(Permissions.HAS_CAMPAIGN_READ)
@Transactional(readOnly = true)
public class ScriptService {

    private static final Set<CampaignState> EDITABLE =
            EnumSet.of(CampaignState.ORIENTATION, CampaignState.PLANNING, CampaignState.RETURNED);

    /** A script with its versions, newest first. */
    public record ScriptEntry(CareScript script, List<CareScriptVersion> versions) {

        public CareScriptVersion latest() {
            return versions.getFirst();
        }

        public Optional<CareScriptVersion> approved() {
            return versions.stream().filter(version -> version.getState() == ScriptState.APPROVED).findFirst();
        }
    }

    private final CampaignService campaigns;
    private final CampaignOrientationRepository orientations;
    private final CareScriptRepository scripts;
    private final CareScriptVersionRepository versions;
    private final SegmentService segments;
    private final SegmentQuery segmentQuery;
    private final CustomerService customers;
    private final PortalI18NProvider i18n;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ScriptService(CampaignService campaigns, CampaignOrientationRepository orientations, CareScriptRepository scripts,
                  CareScriptVersionRepository versions, SegmentService segments, SegmentQuery segmentQuery,
                  CustomerService customers, PortalI18NProvider i18n, CurrentUser currentUser, AuditTrail audit,
                  Clock clock) {
        this.campaigns = campaigns;
        this.orientations = orientations;
        this.scripts = scripts;
        this.versions = versions;
        this.segments = segments;
        this.segmentQuery = segmentQuery;
        this.customers = customers;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether step 2's content of this campaign may be changed now (by a planner). */
    public static boolean isEditable(Campaign campaign) {
        return EDITABLE.contains(campaign.getState());
    }

    /** The campaign's orientation, or an empty one not yet saved. */
    public CampaignOrientation orientation(long campaignId) {
        campaigns.get(campaignId);
        return orientations.findByCampaignId(campaignId).orElseGet(() -> CampaignOrientation.empty(campaignId));
    }

    /** Saves the orientation read at its version (an unsaved one has id null); refuses a stale edit. */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public CampaignOrientation saveOrientation(CampaignOrientation edited) {
        Campaign campaign = editable(edited.getCampaignId());
        if (edited.getTouches().needsVisit() && !edited.getChannels().containsAll(Set.of(CareChannel.CALL,
                CareChannel.VISIT))) {
            throw new RuleViolation("campaign.orientation.touchesNeedChannels", "touches");
        }
        Optional<CampaignOrientation> stored = orientations.findByCampaignId(edited.getCampaignId());
        if (stored.isEmpty()) {
            if (edited.getId() != null) {
                throw new ObjectOptimisticLockingFailureException(CampaignOrientation.class, edited.getId());
            }
            CampaignOrientation created = CampaignOrientation.empty(edited.getCampaignId());
            created.copyFrom(edited);
            orientations.saveAndFlush(created);
            audit.created(created, "Định hướng chương trình " + campaign.getName());
            return created;
        }
        CampaignOrientation orientation = stored.get();
        if (!Objects.equals(orientation.getId(), edited.getId())) { // another planner saved the first orientation meanwhile
            throw new ObjectOptimisticLockingFailureException(CampaignOrientation.class, orientation.getId());
        }
        orientation.requireVersion(edited.getVersion());
        Map<String, Object> before = orientation.auditState();
        orientation.copyFrom(edited);
        orientations.flush();
        audit.updated(orientation, before, "Sửa định hướng chương trình " + campaign.getName());
        return orientation;
    }

    /** The campaign's scripts in the order they were written, each with its versions newest first. */
    public List<ScriptEntry> scripts(long campaignId) {
        campaigns.get(campaignId);
        return scripts.findByCampaignIdOrderByIdAsc(campaignId).stream()
                .map(script -> new ScriptEntry(script,
                        versions.findByScriptIdOrderByNumberDesc(Objects.requireNonNull(script.getId()))))
                .toList();
    }

    /** Writes a new script whose first version is a draft. */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public CareScriptVersion createScript(long campaignId, String title, @Nullable CareChannel channel, String body) {
        Campaign campaign = editable(campaignId);
        String cleanTitle = requireTitle(title);
        String cleanBody = requireBody(body);
        if (channel == null) {
            throw new RuleViolation("campaign.script.channelRequired", "channel");
        }
        CareScript script = scripts.saveAndFlush(new CareScript(campaignId, cleanTitle, channel));
        PortalUser user = currentUser.require();
        CareScriptVersion first = versions.saveAndFlush(new CareScriptVersion(Objects.requireNonNull(script.getId()),
                1, cleanBody, user.displayName(), clock.instant()));
        audit.created(first, "Viết kịch bản " + cleanTitle + " của chương trình " + campaign.getName());
        return first;
    }

    /**
     * Saves a changed body for the version read at its version number: a draft is changed in place,
     * the approved version gets a new draft (it stays approved until the draft is approved).
     */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public CareScriptVersion saveBody(long versionId, long version, String body) {
        CareScriptVersion current = current(versionId, version);
        CareScript script = script(current);
        Campaign campaign = editable(script.getCampaignId());
        String cleanBody = requireBody(body);
        return switch (current.getState()) {
            case DRAFT -> {
                Map<String, Object> before = current.auditState();
                current.rewrite(cleanBody);
                versions.flush();
                audit.updated(current, before, "Sửa bản nháp kịch bản " + script.getTitle() + " của chương trình "
                        + campaign.getName());
                yield current;
            }
            case APPROVED -> {
                List<CareScriptVersion> all = versions.findByScriptIdOrderByNumberDesc(versionIdOf(script));
                if (all.stream().anyMatch(other -> other.getState() == ScriptState.DRAFT)) {
                    throw new RuleViolation("campaign.script.draftExists", "body");
                }
                PortalUser user = currentUser.require();
                CareScriptVersion draft = versions.saveAndFlush(new CareScriptVersion(versionIdOf(script),
                        all.getFirst().getNumber() + 1, cleanBody, user.displayName(), clock.instant()));
                audit.created(draft, "Phiên bản mới của kịch bản " + script.getTitle() + " (chương trình "
                        + campaign.getName() + ")");
                yield draft;
            }
            case SUPERSEDED -> throw new RuleViolation("campaign.script.superseded", "body");
        };
    }

    /** Approves the draft read at its version; the script's approved version, if any, is superseded. */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public CareScriptVersion approve(long versionId, long version) {
        CareScriptVersion draft = current(versionId, version);
        CareScript script = script(draft);
        Campaign campaign = editable(script.getCampaignId());
        if (draft.getState() != ScriptState.DRAFT) {
            throw new RuleViolation("campaign.script.notDraft", null);
        }
        for (CareScriptVersion other : versions.findByScriptIdOrderByNumberDesc(versionIdOf(script))) {
            if (other.getState() == ScriptState.APPROVED) {
                Map<String, Object> before = other.auditState();
                other.supersede();
                versions.flush();
                audit.stateChanged(other, before, "Thay thế phiên bản " + other.getNumber() + " của kịch bản "
                        + script.getTitle());
            }
        }
        Map<String, Object> before = draft.auditState();
        draft.approve(currentUser.require().displayName(), clock.instant());
        versions.flush();
        audit.stateChanged(draft, before, "Duyệt phiên bản " + draft.getNumber() + " của kịch bản "
                + script.getTitle() + " (chương trình " + campaign.getName() + ")");
        return draft;
    }

    /**
     * The sample a preview is filled with: the first member of the campaign's segment, by name; none without
     * one. The segment is province-wide, so only a user who segments the whole province gets one.
     */
    @PreAuthorize(Permissions.HAS_SEGMENT_BUILD)
    public Optional<ScriptTemplate.Sample> sample(long campaignId) {
        if (!currentUser.require().seesAll()) {
            throw new AccessDeniedException("A sample of a province-wide segment needs a province-wide scope");
        }
        Campaign campaign = campaigns.get(campaignId);
        Long segmentId = campaign.getSegmentId();
        if (segmentId == null) {
            return Optional.empty();
        }
        List<SegmentMember> first = segmentQuery.members(segments.get(segmentId).getCriteria(), MemberOrder.BY_NAME,
                0, 1);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        SegmentMember member = first.getFirst();
        CustomerDetails details = customers.details(member.id());
        String service = details.subscriptions().stream()
                .filter(subscription -> subscription.getStatus() == SubscriptionStatus.ACTIVE)
                .min(Comparator.comparing(Subscription::getStartDate).thenComparing(Subscription::getService))
                .map(subscription -> i18n.getTranslation(subscription.getService().labelKey(),
                        PortalI18NProvider.VIETNAMESE))
                .orElse(null);
        return Optional.of(new ScriptTemplate.Sample(member.name(), member.code(), service, member.birthDate(),
                member.tenureYears(), currentUser.require().displayName()));
    }

    private Campaign editable(long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        if (!isEditable(campaign)) {
            throw new RuleViolation("campaign.script.locked", null);
        }
        return campaign;
    }

    private CareScriptVersion current(long versionId, long version) {
        CareScriptVersion current = versions.findById(versionId)
                .orElseThrow(() -> new RecordNotFound("campaign.script.notfound", versionId));
        current.requireVersion(version);
        return current;
    }

    private CareScript script(CareScriptVersion version) {
        return scripts.findById(version.getScriptId())
                .orElseThrow(() -> new RecordNotFound("campaign.script.notfound", version.getScriptId()));
    }

    private static long versionIdOf(CareScript script) {
        return Objects.requireNonNull(script.getId());
    }

    private static String requireTitle(@Nullable String title) {
        if (title == null || title.isBlank()) {
            throw new RuleViolation("campaign.script.titleRequired", "title");
        }
        if (title.trim().length() > 160) {
            throw new RuleViolation("campaign.script.titleTooLong", "title");
        }
        return title.trim();
    }

    private static String requireBody(@Nullable String body) {
        if (body == null || body.isBlank()) {
            throw new RuleViolation("campaign.script.bodyRequired", "body");
        }
        if (body.length() > CareScriptVersion.BODY_MAX) {
            throw new RuleViolation("campaign.script.bodyTooLong", "body", CareScriptVersion.BODY_MAX);
        }
        Set<String> unknown = ScriptTemplate.unknownPlaceholders(body);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("campaign.script.unknownPlaceholder", "body", String.join(", ", unknown));
        }
        return body.strip();
    }
}
