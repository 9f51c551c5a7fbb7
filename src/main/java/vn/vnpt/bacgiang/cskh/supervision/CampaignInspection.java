package vn.vnpt.bacgiang.cskh.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One inspection of a campaign's plan as step 7's tab shows it: the unit, who inspects it when, how
 * far it got, and its findings with the corrective actions not yet verified and those overdue today.
 */
public record CampaignInspection(long inspectionId, String unitName, String supervisorName, LocalDate plannedOn,
                                 InspectionState state, @Nullable BigDecimal score, boolean knockedOut, long findings,
                                 long openActions, long overdueActions) {
}
