package vn.vnpt.bacgiang.cskh.campaign;

/**
 * The touches a campaign's care task needs before it is complete: a call alone; a call that books a
 * visit, then the visit; or the same visit handing over a gift of the campaign's budget.
 */
public enum CareTouches {
    CALL_ONLY, CALL_THEN_VISIT, CALL_THEN_VISIT_WITH_GIFT;

    /** Whether a reached, accepted call books a visit rather than completing the task. */
    public boolean needsVisit() {
        return this != CALL_ONLY;
    }

    /** Whether the visit that reaches the customer must hand over a gift. */
    public boolean needsGift() {
        return this == CALL_THEN_VISIT_WITH_GIFT;
    }

    public String labelKey() {
        return "campaign.touches." + name();
    }
}
