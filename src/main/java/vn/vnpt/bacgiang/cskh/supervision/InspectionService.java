package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitKind;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Inspections: planned by a supervisor, filled answer by answer (each answer saved at once as the
 * draft, on the version the filler read), then submitted once every scored item is answered and
 * every failing item that asks for it has evidence and a comment. Supervisors and ĐHNV see every
 * inspection; a unit sees its own (and those below it), read-only.
 */
@Service
@PreAuthorize(Permissions.HAS_INSPECTION_READ)
@Transactional(readOnly = true)
public class InspectionService {

    /** The version to send for an item that has no saved answer yet. */
    public static final long NEW_ANSWER = -1;

    private final InspectionRepository inspections;
    private final InspectionAnswerRepository answers;
    private final EvidenceRepository evidence;
    private final ChecklistTemplateRepository templates;
    private final CampaignService campaigns;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final FindingRaiser findings;
    private final FindingRepository findingRows;

    InspectionService(InspectionRepository inspections, InspectionAnswerRepository answers,
                      EvidenceRepository evidence, ChecklistTemplateRepository templates, CampaignService campaigns,
                      UnitService units, CurrentUser currentUser, AuditTrail audit, Clock clock,
                      FindingRaiser findings, FindingRepository findingRows) {
        this.findingRows = findingRows;
        this.inspections = inspections;
        this.answers = answers;
        this.evidence = evidence;
        this.templates = templates;
        this.campaigns = campaigns;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.findings = findings;
    }

    /** The inspections of the units the user sees, latest planned first. */
    public List<Inspection> list() {
        return inspections.findInScope(currentUser.scope().pathPattern());
    }

    /** {@link #list()} narrowed by the filter, in the same order. */
    public List<Inspection> list(InspectionFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> disputed = filter.disputedOnly() ? findingRows.inspectionsWith(FindingState.DISPUTED) : Set.of();
        return list().stream()
                .filter(inspection -> !filter.dueOnly() || !inspection.isSubmitted()
                        && !inspection.getPlannedOn().isAfter(today))
                .filter(inspection -> !filter.disputedOnly() || disputed.contains(inspection.getId()))
                .toList();
    }

    public Inspection get(long id) {
        Inspection inspection = inspections.findById(id)
                .orElseThrow(() -> new RecordNotFound("supervision.inspection.notfound", id));
        if (!currentUser.scope().covers(inspection.getUnitPath())) {
            throw new AccessDeniedException("Inspection " + id + " is not visible to the user");
        }
        return inspection;
    }

    /** The inspection with its template revision, answers, evidence and running score. */
    public InspectionSheet sheet(long id) {
        Inspection inspection = get(id);
        Map<Long, InspectionAnswer> saved = answers.findByInspectionId(id).stream()
                .collect(Collectors.toMap(InspectionAnswer::getItemId, Function.identity()));
        ChecklistTemplate template = inspection.getTemplate().loaded();
        Map<Long, String> values = saved.values().stream().filter(answer -> answer.getValue() != null)
                .collect(Collectors.toMap(InspectionAnswer::getItemId, InspectionAnswer::getValue));
        PortalUser user = currentUser.require();
        return new InspectionSheet(inspection, template, saved, evidence.findInfoByInspectionId(id),
                Scorecard.of(template, values), !inspection.isSubmitted() && user.can(Permission.INSPECT), user.id());
    }

    /** The newest revision of each template, to plan with. */
    @PreAuthorize(Permissions.HAS_INSPECT)
    public List<ChecklistTemplate> templates() {
        return templates.findCurrent();
    }

    /** The campaigns an inspection can be planned for: those in execution or supervision. */
    @PreAuthorize(Permissions.HAS_INSPECT)
    public List<Campaign> campaigns() {
        return campaigns.board(CampaignFilter.none()).stream()
                .filter(campaign -> switch (campaign.getState()) {
                    case EXECUTION, SUPERVISION -> true;
                    default -> false;
                })
                .toList();
    }

    /** The units a template of this subject inspects. */
    @PreAuthorize(Permissions.HAS_INSPECT)
    public List<Unit> units(ChecklistSubject subject) {
        Set<UnitKind> kinds = kinds(subject);
        return units.findInScope().stream().filter(unit -> unit.isActive() && kinds.contains(unit.getKind())).toList();
    }

    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public Inspection plan(InspectionPlan plan) {
        PortalUser user = currentUser.require();
        if (plan.templateId() == null) {
            throw new RuleViolation("supervision.plan.template.required", "templateId");
        }
        ChecklistTemplate template = templates.findById(plan.templateId())
                .orElseThrow(() -> new RecordNotFound("supervision.template.notfound", plan.templateId()));
        int latest = templates.findFirstByCodeOrderByRevisionDesc(template.getCode())
                .map(ChecklistTemplate::getRevision).orElseThrow();
        if (template.getRevision() != latest) {
            throw new RuleViolation("supervision.plan.template.outdated", "templateId", latest);
        }
        if (plan.unitId() == null) {
            throw new RuleViolation("supervision.plan.unit.required", "unitId");
        }
        Unit unit = units.get(plan.unitId());
        if (!kinds(template.getSubject()).contains(unit.getKind())) {
            throw new RuleViolation("supervision.plan.unit.kind", "unitId");
        }
        if (plan.plannedOn() == null) {
            throw new RuleViolation("supervision.plan.date.required", "plannedOn");
        }
        Inspection inspection = new Inspection(template, Objects.requireNonNull(unit.getId()), unit.getName(),
                unit.getPath(), user.id(), user.displayName(), plan.plannedOn());
        if (template.getSubject().needsCampaign()) {
            if (plan.campaignId() == null) {
                throw new RuleViolation("supervision.plan.campaign.required", "campaignId");
            }
            Campaign campaign = campaigns.get(plan.campaignId());
            inspection.forCampaign(Objects.requireNonNull(campaign.getId()), campaign.getName());
        } else {
            LocalDate start = plan.periodStart();
            LocalDate end = plan.periodEnd();
            if (start == null || end == null || end.isBefore(start)) {
                throw new RuleViolation("supervision.plan.period.required", "periodStart");
            }
            inspection.forPeriod(start, end);
        }
        inspections.saveAndFlush(inspection);
        audit.created(inspection, "Lập kế hoạch kiểm tra " + unit.getName() + " theo " + template.getName());
        return inspection;
    }

    /**
     * Saves one answer as the draft. {@code readVersion} is the answer's version the filler saw
     * ({@link #NEW_ANSWER} if none): a different saved version means someone else changed it since.
     */
    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public AnswerSaved answer(long inspectionId, long itemId, long readVersion, @Nullable String value,
                              @Nullable String comment) {
        PortalUser user = currentUser.require();
        Inspection inspection = editable(inspectionId);
        ChecklistItem item = itemOf(inspection, itemId);
        String normalised = Verdict.normalise(item, value);
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 1000) {
            throw new RuleViolation("supervision.answer.comment.tooLong", "comment", 1000);
        }
        InspectionAnswer answer = answers.findByInspectionIdAndItemId(inspectionId, itemId).orElse(null);
        if (answer == null) {
            if (readVersion != NEW_ANSWER) {
                throw new ObjectOptimisticLockingFailureException(InspectionAnswer.class, itemId);
            }
            answer = new InspectionAnswer(inspectionId, itemId);
        } else {
            answer.requireVersion(readVersion);
        }
        answer.set(normalised, note, user.displayName());
        inspection.answered();
        try {
            answers.saveAndFlush(answer);
        } catch (DataIntegrityViolationException savedMeanwhile) {
            throw new ObjectOptimisticLockingFailureException(InspectionAnswer.class, itemId);
        }
        return new AnswerSaved(answer.getVersion(), Scorecard.of(inspection.getTemplate(), values(inspectionId)));
    }

    /** Attaches a JPEG, PNG or PDF of at most 10 MB to an item, recognised by its content. */
    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public EvidenceInfo attach(long inspectionId, long itemId, String fileName, byte[] content) {
        PortalUser user = currentUser.require();
        Inspection inspection = editable(inspectionId);
        itemOf(inspection, itemId);
        CheckedFile checked = CheckedFile.of(fileName, content);
        Evidence file = new Evidence(inspectionId, itemId, checked.name(), checked.type(), content, checked.preview(),
                user.displayName(), user.id(), clock.instant());
        inspection.answered();
        evidence.saveAndFlush(file);
        audit.created(file, "Đính kèm bằng chứng " + file.getFileName() + " vào phiếu kiểm tra " + inspectionId);
        return new EvidenceInfo(Objects.requireNonNull(file.getId()), itemId, file.getFileName(), file.getMediaType(),
                file.getSizeBytes(), file.getUploadedAt(), file.getUploadedBy(), user.id());
    }

    /** Removes evidence the user attached, while the inspection is still a draft. */
    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public void removeEvidence(long evidenceId) {
        PortalUser user = currentUser.require();
        Evidence file = evidence.findById(evidenceId)
                .orElseThrow(() -> new RecordNotFound("supervision.evidence.notfound", evidenceId));
        Inspection inspection = get(file.getInspectionId());
        if (inspection.isSubmitted()) {
            throw new RuleViolation("supervision.evidence.remove.submitted", null, file.getFileName());
        }
        if (!file.isUploadedBy(user.id())) {
            throw new RuleViolation("supervision.evidence.remove.notOwn", null, file.getFileName());
        }
        evidence.delete(file);
        evidence.flush();
        audit.deleted(file, "Xóa bằng chứng " + file.getFileName() + " khỏi phiếu kiểm tra " + inspection.getId());
    }

    /** The evidence's bytes as uploaded, or its downscaled preview when there is one and {@code preview} is asked. */
    public byte[] evidenceContent(long evidenceId, boolean preview) {
        Evidence file = evidence.findById(evidenceId)
                .orElseThrow(() -> new RecordNotFound("supervision.evidence.notfound", evidenceId));
        get(file.getInspectionId());
        byte[] small = file.getPreview();
        return preview && small != null ? small : file.getContent();
    }

    /**
     * Submits the inspection as its answers are saved now (each answer was saved on its own version);
     * afterwards it is read-only.
     */
    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public Inspection submit(long inspectionId) {
        Inspection inspection = editable(inspectionId);
        Map<Long, InspectionAnswer> saved = answers.findByInspectionId(inspectionId).stream()
                .collect(Collectors.toMap(InspectionAnswer::getItemId, Function.identity()));
        List<EvidenceInfo> files = evidence.findInfoByInspectionId(inspectionId);
        Set<Long> withEvidence = files.stream().map(EvidenceInfo::itemId).collect(Collectors.toSet());
        ChecklistTemplate template = inspection.getTemplate();
        template.items().forEach(item -> {
            InspectionAnswer answer = saved.get(item.getId());
            String value = answer == null ? null : answer.getValue();
            if (item.getType().scored() && value == null) {
                throw new RuleViolation("supervision.submit.unanswered", "item-" + item.getId(), item.getText());
            }
            if (item.isEvidenceOnFail() && Verdict.of(item, value).fails()
                    && (answer.getComment() == null || !withEvidence.contains(item.getId()))) {
                throw new RuleViolation("supervision.submit.evidenceNeeded", "item-" + item.getId(), item.getText());
            }
        });
        Map<String, Object> before = inspection.auditState();
        inspection.submit(Scorecard.of(template, values(inspectionId)), clock.instant());
        inspections.saveAndFlush(inspection);
        audit.stateChanged(inspection, before, "Nộp phiếu kiểm tra " + inspection.getUnitName());
        findings.raise(inspection, saved, files);
        return inspection;
    }

    private Inspection editable(long inspectionId) {
        Inspection inspection = get(inspectionId);
        if (inspection.isSubmitted()) {
            throw new RuleViolation("supervision.inspection.submitted", null);
        }
        return inspection;
    }

    private static ChecklistItem itemOf(Inspection inspection, long itemId) {
        return inspection.getTemplate().items().filter(item -> item.getId() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFound("supervision.item.notfound", itemId));
    }

    private Map<Long, String> values(long inspectionId) {
        return answers.findByInspectionId(inspectionId).stream().filter(answer -> answer.getValue() != null)
                .collect(Collectors.toMap(InspectionAnswer::getItemId, InspectionAnswer::getValue));
    }

    private static Set<UnitKind> kinds(ChecklistSubject subject) {
        return switch (subject) {
            case STORE -> EnumSet.of(UnitKind.STORE);
            case SALES_DEPT -> EnumSet.of(UnitKind.DISTRICT_SALES, UnitKind.ENTERPRISE_SALES);
            case TTVT -> EnumSet.of(UnitKind.TELECOM_CENTER);
        };
    }
}
