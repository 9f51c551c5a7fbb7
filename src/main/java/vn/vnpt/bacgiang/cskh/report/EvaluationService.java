package vn.vnpt.bacgiang.cskh.report;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspectionService;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;

/**
 * The planner's conclusions and proposals of a campaign's evaluation: written while the campaign is in
 * step 8, submitted to the Director (which lets the campaign close, {@link ReportSubmittedGuard}), withdrawn
 * while it is still open. Read by everyone who reads the report.
 */
@Service
@PreAuthorize(Permissions.HAS_EVALUATION_READ)
@Transactional(readOnly = true)
public class EvaluationService {

    private final EvaluationRepository evaluations;
    private final CampaignService campaigns;
    private final AuditTrail audit;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final CampaignInspectionService inspections;
    private final FindingService findings;
    private final Clock clock;

    EvaluationService(EvaluationRepository evaluations, CampaignService campaigns, AuditTrail audit,
                      Validator validator, CurrentUser currentUser, CampaignInspectionService inspections,
                      FindingService findings, Clock clock) {
        this.evaluations = evaluations;
        this.campaigns = campaigns;
        this.audit = audit;
        this.validator = validator;
        this.currentUser = currentUser;
        this.inspections = inspections;
        this.findings = findings;
        this.clock = clock;
    }

    /** The campaign's conclusions as written so far; a draft not yet saved (version -1) when none are. */
    public Evaluation of(long campaignId) {
        campaigns.get(campaignId);
        return evaluations.findByCampaignId(campaignId).orElseGet(() -> new Evaluation(campaignId));
    }

    /**
     * The findings of the campaign's inspections, unit by unit in the order inspected, each with the supervisor's
     * comment: what the planner's conclusions start from when none are written yet.
     */
    @PreAuthorize(Permissions.HAS_REPORT_ISSUE)
    public List<Lesson> lessons(long campaignId) {
        campaigns.get(campaignId);
        return inspections.plan(campaignId).stream()
                .flatMap(inspection -> findings.findings(inspection.inspectionId()).stream())
                .map(card -> new Lesson(card.finding().getUnitName(), card.finding().getComment() == null
                        || card.finding().getComment().isBlank() ? card.finding().getItemText()
                        : card.finding().getItemText() + " — " + card.finding().getComment().strip()))
                .toList();
    }

    /**
     * Saves the conclusions and proposals read at {@code readVersion} ({@code null} when there were none yet);
     * only in step 8 and before they are submitted.
     */
    @PreAuthorize(Permissions.HAS_REPORT_ISSUE)
    @Transactional
    public Evaluation save(long campaignId, @Nullable Long readVersion, @Nullable String conclusions,
                           @Nullable String proposals) {
        return write(campaignId, readVersion, conclusions, proposals);
    }

    /**
     * Saves the conclusions and proposals as {@link #save} does and submits them to the Director, in one go:
     * without conclusions nothing is saved or submitted.
     */
    @PreAuthorize(Permissions.HAS_REPORT_ISSUE)
    @Transactional
    public Evaluation submit(long campaignId, @Nullable Long readVersion, @Nullable String conclusions,
                             @Nullable String proposals) {
        if (blankToNull(conclusions) == null) {
            throw new RuleViolation("report.evaluation.conclusionsRequired", "conclusions");
        }
        Evaluation evaluation = write(campaignId, readVersion, conclusions, proposals);
        Map<String, Object> before = evaluation.auditState();
        evaluation.submit(currentUser.require().displayName(), clock.instant());
        evaluations.saveAndFlush(evaluation);
        audit.stateChanged(evaluation, before, "Nộp báo cáo đánh giá cho Giám đốc");
        return evaluation;
    }

    private Evaluation write(long campaignId, @Nullable Long readVersion, @Nullable String conclusions,
                             @Nullable String proposals) {
        String written = blankToNull(conclusions);
        String proposed = blankToNull(proposals);
        validate("conclusions", written);
        validate("proposals", proposed);
        Evaluation evaluation = writable(campaignId, readVersion);
        Map<String, Object> before = evaluation.auditState();
        boolean created = evaluation.getId() == null;
        evaluation.write(written, proposed);
        evaluations.saveAndFlush(evaluation);
        if (created) {
            audit.created(evaluation, "Viết kết luận báo cáo đánh giá");
        } else if (!before.equals(evaluation.auditState())) {
            audit.updated(evaluation, before, "Sửa kết luận báo cáo đánh giá");
        }
        return evaluation;
    }

    /** Takes a submitted report back to draft, while the campaign is still in step 8. */
    @PreAuthorize(Permissions.HAS_REPORT_ISSUE)
    @Transactional
    public Evaluation withdraw(long campaignId, long readVersion) {
        requireEvaluation(campaignId);
        Evaluation evaluation = evaluations.findByCampaignId(campaignId)
                .filter(found -> found.getState() == EvaluationState.SUBMITTED)
                .orElseThrow(() -> new RuleViolation("report.evaluation.notSubmitted", null));
        evaluation.requireVersion(readVersion);
        Map<String, Object> before = evaluation.auditState();
        evaluation.withdraw();
        evaluations.saveAndFlush(evaluation);
        audit.stateChanged(evaluation, before, "Rút lại báo cáo đánh giá để sửa");
        return evaluation;
    }

    private Evaluation writable(long campaignId, @Nullable Long readVersion) {
        requireEvaluation(campaignId);
        Evaluation evaluation = evaluations.findByCampaignId(campaignId).orElse(null);
        if (evaluation == null) {
            if (readVersion != null) {
                throw new RuleViolation("report.evaluation.stale", null);
            }
            return new Evaluation(campaignId);
        }
        if (readVersion == null) {
            throw new RuleViolation("report.evaluation.stale", null);
        }
        evaluation.requireVersion(readVersion);
        if (evaluation.getState() == EvaluationState.SUBMITTED) {
            throw new RuleViolation("report.evaluation.alreadySubmitted", null);
        }
        return evaluation;
    }

    private void requireEvaluation(long campaignId) {
        if (campaigns.get(campaignId).getState() != CampaignState.EVALUATION) {
            throw new RuleViolation("report.evaluation.notInEvaluation", null);
        }
    }

    /** Checks a value against the entity's rules before the managed entity is touched. */
    private void validate(String property, @Nullable String value) {
        var violations = validator.validateValue(Evaluation.class, property, value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
