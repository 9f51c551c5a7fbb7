package vn.vnpt.bacgiang.cskh.supervision;

import org.jspecify.annotations.Nullable;

/** A finding with its corrective action (if any) and what the signed-in user may do on them now. */
public record FindingCard(Finding finding, @Nullable CorrectiveAction action, boolean mayRespond, boolean mayDecide,
                          boolean mayAssign, boolean mayReportDone, boolean mayCheck) {
}
