package vn.vnpt.bacgiang.cskh.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;

/**
 * Turns a submitted inspection's failed items into findings (a failed critical item as a knock-out),
 * and each staff member of its callback sample whose unconfirmed share is flagged into one more, and
 * tells the unit's managers they have findings to answer.
 */
@Component
class FindingRaiser {

    private final FindingRepository findings;
    private final CallbackSampleRepository samples;
    private final SampledContactRepository sampled;
    private final UnitPeople people;
    private final SupervisionNotices notices;
    private final AuditTrail audit;

    FindingRaiser(FindingRepository findings, CallbackSampleRepository samples, SampledContactRepository sampled,
                  UnitPeople people, SupervisionNotices notices, AuditTrail audit) {
        this.findings = findings;
        this.samples = samples;
        this.sampled = sampled;
        this.people = people;
        this.notices = notices;
        this.audit = audit;
    }

    List<Finding> raise(Inspection inspection, Map<Long, InspectionAnswer> answers, List<EvidenceInfo> evidence) {
        Map<Long, String> files = evidence.stream().collect(Collectors.groupingBy(EvidenceInfo::itemId,
                Collectors.mapping(EvidenceInfo::fileName, Collectors.joining(", "))));
        List<Finding> raised = new ArrayList<>();
        inspection.getTemplate().items().forEach(item -> {
            InspectionAnswer answer = answers.get(item.getId());
            if (Verdict.of(item, answer == null ? null : answer.getValue()).fails()) {
                String ref = files.get(item.getId());
                raised.add(Finding.ofItem(inspection, item, answer,
                        ref == null || ref.length() <= 500 ? ref : ref.substring(0, 500), item.isCritical()));
            }
        });
        samples.findByInspectionId(Objects.requireNonNull(inspection.getId())).ifPresent(sample ->
                StaffShare.of(sampled.findBySampleIdOrderByPosition(Objects.requireNonNull(sample.getId()))).stream()
                        .filter(StaffShare::flagged)
                        .forEach(share -> raised.add(Finding.ofCallbacks(inspection, share))));
        if (raised.isEmpty()) {
            return raised;
        }
        findings.saveAllAndFlush(raised);
        raised.forEach(finding -> audit.created(finding, "Phát hiện tại " + finding.getUnitName() + ": "
                + finding.getItemText()));
        notices.aboutInspection(people.managers(inspection.getUnitId(), inspection.getUnitPath()),
                "supervision.notice.findings", Objects.requireNonNull(inspection.getId()),
                List.of(String.valueOf(raised.size()), inspection.getUnitName()));
        return raised;
    }
}
