package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the printed inspection shows, read in one go for a user who may print it: the sheet
 * (revision, answers, evidence, score), small thumbnails of the evidence photos by evidence id, the
 * findings with their corrective actions by finding id, the callback sample if one was drawn, and when
 * the unit last answered a finding (null while it answered none).
 */
public record InspectionPrintout(InspectionSheet sheet, Map<Long, byte[]> thumbnails, List<Finding> findings,
                                 Map<Long, CorrectiveAction> actions, @Nullable SampleSheet sample,
                                 @Nullable Instant unitRespondedAt) {

    public Inspection inspection() {
        return sheet.inspection();
    }

    /** Printed before submission, the inspection is a draft and says so. */
    public boolean draft() {
        return !sheet.inspection().isSubmitted();
    }
}
