package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import java.util.Map;

/** An inspection as the fill view shows it: its template revision, the answers saved so far, evidence and score. */
public record InspectionSheet(Inspection inspection, ChecklistTemplate template, Map<Long, InspectionAnswer> answers,
                              List<EvidenceInfo> evidence, Scorecard scorecard, boolean editable, long viewerId) {

    public List<EvidenceInfo> evidenceOf(long itemId) {
        return evidence.stream().filter(file -> file.itemId() == itemId).toList();
    }

    /** Whether the viewer may remove the file now: their own upload, on a draft (see InspectionService.removeEvidence). */
    public boolean removable(EvidenceInfo file) {
        Long uploader = file.uploadedById();
        return editable && uploader != null && uploader == viewerId;
    }

}
