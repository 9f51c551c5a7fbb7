package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * What the printed inspection needs (docs/decisions/0024). Only those who answer for the inspection print
 * it: the readers of every unit's inspections (supervisors, ĐHNV, the Director, Admins) and the inspected
 * unit's managers or head; other people of the unit, who may read it on screen, do not.
 */
@Service
@PreAuthorize(Permissions.HAS_INSPECTION_READ)
@Transactional(readOnly = true)
public class PrintoutService {

    /** The longer side of an evidence photo in the PDF, in pixels: about 190 dpi at the printed size. */
    static final int THUMBNAIL_SIDE = 320;

    private final InspectionService inspections;
    private final EvidenceRepository evidence;
    private final FindingRepository findings;
    private final CorrectiveActionRepository actions;
    private final CallbackSampleService samples;
    private final UnitPeople people;
    private final CurrentUser currentUser;

    PrintoutService(InspectionService inspections, EvidenceRepository evidence, FindingRepository findings,
                    CorrectiveActionRepository actions, CallbackSampleService samples, UnitPeople people,
                    CurrentUser currentUser) {
        this.inspections = inspections;
        this.evidence = evidence;
        this.findings = findings;
        this.actions = actions;
        this.samples = samples;
        this.people = people;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user may print the inspection (which they must be able to read). */
    public boolean mayPrint(long inspectionId) {
        return mayPrint(inspections.get(inspectionId));
    }

    public InspectionPrintout printout(long inspectionId) {
        Inspection inspection = inspections.get(inspectionId);
        if (!mayPrint(inspection)) {
            throw new AccessDeniedException("Only the supervisors and the inspected unit's managers print inspection "
                    + inspectionId);
        }
        InspectionSheet sheet = inspections.sheet(inspectionId);
        Map<Long, byte[]> thumbnails = new LinkedHashMap<>();
        evidence.findPreviewsByInspectionId(inspectionId).forEach(stored -> {
            byte[] small = EvidencePreview.of(stored.preview(), THUMBNAIL_SIDE);
            thumbnails.put(stored.evidenceId(), small == null ? stored.preview() : small);
        });
        List<Finding> raised = findings.findByInspectionIdOrderById(inspectionId);
        Map<Long, CorrectiveAction> byFinding = raised.isEmpty() ? Map.of()
                : actions.findByFindingIdIn(raised.stream().map(Finding::getId).toList()).stream()
                .collect(Collectors.toMap(CorrectiveAction::getFindingId, Function.identity()));
        SampleSheet sample = inspection.getCampaignId() == null ? null : samples.sheet(inspectionId);
        return new InspectionPrintout(sheet, thumbnails, raised, byFinding,
                sample == null || sample.sample() == null ? null : sample, respondedAt(raised));
    }

    private boolean mayPrint(Inspection inspection) {
        PortalUser user = currentUser.require();
        return user.scope().isAll() || people.managers(inspection.getUnitId(), inspection.getUnitPath())
                .contains(user.id());
    }

    /**
     * When the unit last acknowledged or disputed a finding: the last change of a finding left in that
     * state is the unit's answer (a supervisor's later decision moves it on, and its time is not the unit's).
     */
    private static @Nullable Instant respondedAt(List<Finding> raised) {
        return raised.stream()
                .filter(finding -> finding.getState() == FindingState.ACKNOWLEDGED
                        || finding.getState() == FindingState.DISPUTED)
                .map(Finding::getUpdatedAt).max(Comparator.naturalOrder()).orElse(null);
    }
}
