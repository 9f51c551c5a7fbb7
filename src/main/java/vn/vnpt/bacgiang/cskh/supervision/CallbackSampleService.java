package vn.vnpt.bacgiang.cskh.supervision;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.execution.LoggedContact;
import vn.vnpt.bacgiang.cskh.execution.LoggedContacts;
import vn.vnpt.bacgiang.cskh.execution.LoggedOutcome;
import vn.vnpt.bacgiang.cskh.execution.OutcomeStratum;
import vn.vnpt.bacgiang.cskh.execution.SeededOrder;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Callback samples (docs/decisions/0020): a supervisor draws one sample of the inspected unit's logged
 * contacts per campaign inspection, read through execution's {@link LoggedContacts}, calls each customer
 * back and records what they said, result by result on the version read. The inspection's readers (the
 * unit and those above it) read the sample; only a supervisor draws and records, while the inspection is
 * not submitted.
 */
@Service
@PreAuthorize(Permissions.HAS_INSPECTION_READ)
@Transactional(readOnly = true)
public class CallbackSampleService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final InspectionService inspections;
    private final CallbackSampleRepository samples;
    private final SampledContactRepository sampled;
    private final SampledContactRows sampledRows;
    private final LoggedContacts loggedContacts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    CallbackSampleService(InspectionService inspections, CallbackSampleRepository samples,
                          SampledContactRepository sampled, SampledContactRows sampledRows,
                          LoggedContacts loggedContacts, CurrentUser currentUser,
                          AuditTrail audit, Clock clock) {
        this.inspections = inspections;
        this.samples = samples;
        this.sampled = sampled;
        this.sampledRows = sampledRows;
        this.loggedContacts = loggedContacts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The inspection's sample (none yet: an empty sheet) with the unconfirmed share per staff member. */
    public SampleSheet sheet(long inspectionId) {
        Inspection inspection = inspections.get(inspectionId);
        boolean editable = !inspection.isSubmitted() && inspection.getCampaignId() != null
                && currentUser.require().can(Permission.INSPECT);
        CallbackSample sample = samples.findByInspectionId(inspectionId).orElse(null);
        List<SampledContact> contacts = sample == null ? List.of()
                : sampled.findBySampleIdOrderByPosition(Objects.requireNonNull(sample.getId()));
        return new SampleSheet(inspection, sample, contacts, StaffShare.of(contacts), editable);
    }

    /** Draws the inspection's sample with a new seed, stored with it. */
    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public CallbackSample draw(long inspectionId, SampleRequest request) {
        PortalUser user = currentUser.require();
        Inspection inspection = editable(inspectionId);
        Long campaignId = inspection.getCampaignId();
        if (campaignId == null) {
            throw new RuleViolation("supervision.sample.noCampaign", null);
        }
        validate(request);
        if (samples.findByInspectionId(inspectionId).isPresent()) {
            throw new RuleViolation("supervision.sample.exists", null);
        }
        long seed = SEEDS.nextLong() & Long.MAX_VALUE;
        long unitId = inspection.getUnitId();
        Set<Long> unusual = request.weighted()
                ? SampleDraw.unusualStaff(loggedContacts.tallies(campaignId, unitId)) : Set.of();
        List<OutcomeStratum> strata = loggedContacts.strata(campaignId, unitId);
        int population = SampleDraw.population(strata);
        if (population == 0) {
            throw new RuleViolation("supervision.sample.noContacts", null, inspection.getUnitName());
        }
        SeededOrder order = new SeededOrder(seed, unusual, SampleDraw.UNUSUAL_WEIGHT);
        List<LoggedOutcome> drawn = SampleDraw.take(strata, SampleDraw.size(population, request),
                (stratum, quota) -> loggedContacts.first(campaignId, unitId, stratum, order, quota));
        CallbackSample sample = new CallbackSample(inspection, campaignId, seed, request, population,
                user.displayName(), clock.instant());
        try {
            samples.saveAndFlush(sample);
        } catch (DataIntegrityViolationException drawnMeanwhile) {
            throw new RuleViolation("supervision.sample.exists", null);
        }
        long sampleId = Objects.requireNonNull(sample.getId());
        Map<Long, LoggedContact> read = loggedContacts.ofIds(drawn.stream().map(LoggedOutcome::contactId).toList())
                .stream().collect(Collectors.toMap(LoggedContact::contactId, Function.identity()));
        List<LoggedContact> rows = drawn.stream()
                .map(contact -> Objects.requireNonNull(read.get(contact.contactId()))).toList();
        sampledRows.insert(sampleId, rows, clock.instant());
        inspection.answered();
        audit.created(sample, "Chọn mẫu gọi lại " + rows.size() + "/" + population + " liên hệ của "
                + inspection.getUnitName());
        return sample;
    }

    /**
     * Records what the customer said about a sampled contact; {@code readVersion} is the version the
     * supervisor's page read, and a different saved version (someone recorded meanwhile) is refused.
     */
    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public long record(long sampledContactId, long readVersion, CallbackResult result, @Nullable String comment) {
        PortalUser user = currentUser.require();
        SampledContact contact = sampled.findById(sampledContactId)
                .orElseThrow(() -> new RecordNotFound("supervision.sample.contact.notfound", sampledContactId));
        CallbackSample sample = samples.findById(contact.getSampleId()).orElseThrow();
        editable(sample.getInspectionId());
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 1000) {
            throw new RuleViolation("supervision.answer.comment.tooLong", "comment", 1000);
        }
        contact.requireVersion(readVersion);
        Map<String, Object> before = contact.auditState();
        contact.record(result, note, user.displayName(), clock.instant());
        sampled.saveAndFlush(contact);
        audit.stateChanged(contact, before, "Ghi kết quả gọi lại khách hàng " + contact.getCustomerName());
        return contact.getVersion();
    }

    private Inspection editable(long inspectionId) {
        Inspection inspection = inspections.get(inspectionId);
        if (inspection.isSubmitted()) {
            throw new RuleViolation("supervision.inspection.submitted", null);
        }
        return inspection;
    }

    private static void validate(SampleRequest request) {
        if ((request.size() == null) == (request.percent() == null)) {
            throw new RuleViolation("supervision.sample.sizeOrPercent", "size");
        }
        if (request.size() != null && (request.size() < 1 || request.size() > SampleRequest.MAX_SIZE)) {
            throw new RuleViolation("supervision.sample.size", "size", SampleRequest.MAX_SIZE);
        }
        if (request.percent() != null && (request.percent() < 1 || request.percent() > 100)) {
            throw new RuleViolation("supervision.sample.percent", "percent");
        }
    }
}
