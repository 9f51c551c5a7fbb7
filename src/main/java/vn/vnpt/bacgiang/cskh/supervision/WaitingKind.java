package vn.vnpt.bacgiang.cskh.supervision;

/**
 * Why a supervision record waits on the signed-in user, and where it waits: on the inspections' menu
 * entry (to fill, finish, answer or acknowledge on the inspection page) or on the corrective actions'.
 */
public enum WaitingKind {
    /** A planned inspection of the supervisor's, due within the reminder window or past. */
    INSPECTION_TO_FILL,
    /** An inspection of the supervisor's with answers saved but not yet submitted. */
    INSPECTION_TO_FINISH,
    /** A finding of the supervisor's inspection that the unit disputed. */
    DISPUTE_TO_ANSWER,
    /** A corrective action the unit reported done, on a finding of the supervisor's. */
    ACTION_TO_VERIFY,
    /** A finding raised on the manager's unit, not yet acknowledged or disputed. */
    FINDING_TO_ACKNOWLEDGE,
    /** A pending corrective action of the manager's unit, due within the reminder window or past. */
    ACTION_DUE;

    /** The menu entry whose badge counts it. */
    public String menuPath() {
        return switch (this) {
            case ACTION_TO_VERIFY, ACTION_DUE -> "supervision/actions";
            default -> "supervision/inspections";
        };
    }
}
