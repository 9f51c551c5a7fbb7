package vn.vnpt.bacgiang.cskh.supervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One finding of a campaign's inspection, for step 8's report: the unit, when it was inspected, what failed (a
 * checklist item, or a care staff member's callbacks of which {@code callbacksUnconfirmed} were not confirmed),
 * where the finding stands and its corrective action, if it has one, with that action's state and whether it is
 * overdue today.
 */
public record CampaignFinding(long unitId, LocalDate plannedOn, FindingSource source, String itemText,
                              @Nullable String staffName, @Nullable Integer callbacksUnconfirmed, boolean knockOut,
                              FindingState state, @Nullable String action, @Nullable String actionOwner,
                              @Nullable LocalDate actionDue, @Nullable ActionState actionState, boolean overdue) {
}
