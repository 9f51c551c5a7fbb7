package vn.vnpt.bacgiang.cskh.supervision;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Inspections planned on the seeded templates for the tests, as the supervisor {@code giamsat} (who
 * must be signed in): campaign 9 of the demo (in SUPERVISION) and Lục Nam's or Lục Ngạn's sales
 * department, or Lục Nam's TTVT for a period.
 */
@Component
public class SupervisionFixture {

    /** db/migration V21: the sales department's campaign execution checklist, revision 1. */
    public static final long SALES_TEMPLATE = 2;
    public static final long TTVT_TEMPLATE = 3;
    public static final long CAMPAIGN = 9;
    public static final long LUC_NAM_SALES = 11;
    public static final long LUC_NGAN_SALES = 12;
    public static final long LUC_NAM_TTVT = 31;

    private final InspectionService inspections;

    SupervisionFixture(InspectionService inspections) {
        this.inspections = inspections;
    }

    public long salesInspection(long unitId) {
        return Objects.requireNonNull(inspections.plan(new InspectionPlan(SALES_TEMPLATE, CAMPAIGN, unitId, null,
                null, LocalDate.of(2026, 12, 3))).getId());
    }

    public long ttvtInspection() {
        return Objects.requireNonNull(inspections.plan(new InspectionPlan(TTVT_TEMPLATE, null, LUC_NAM_TTVT,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3))).getId());
    }

    /** The item of the inspection's revision with this key (see V21). */
    public ChecklistItem item(long inspectionId, String key) {
        return inspections.sheet(inspectionId).template().items().filter(item -> item.getItemKey().equals(key))
                .findFirst().orElseThrow();
    }

    /** Answers the item from a fresh read of the sheet, as a second device would. */
    public AnswerSaved answer(long inspectionId, String key, String value, String comment) {
        ChecklistItem item = item(inspectionId, key);
        InspectionAnswer saved = inspections.sheet(inspectionId).answers().get(item.getId());
        return inspections.answer(inspectionId, item.getId(),
                saved == null ? InspectionService.NEW_ANSWER : saved.getVersion(), value, comment);
    }

    /** Answers every scored item of the inspection YES or 4, except those already answered. */
    public void answerTheRestWell(long inspectionId) {
        InspectionSheet sheet = inspections.sheet(inspectionId);
        sheet.template().items().filter(item -> item.getType().scored())
                .filter(item -> !sheet.answers().containsKey(item.getId()))
                .forEach(item -> inspections.answer(inspectionId, item.getId(), InspectionService.NEW_ANSWER,
                        item.getType() == ItemType.YES_NO_NA ? "YES" : "4", null));
    }

    /** The picture the demo attaches as a supervisor's photo of her notes. */
    public static byte[] photo(String caption) {
        return DemoSupervision.photo(caption);
    }
}
