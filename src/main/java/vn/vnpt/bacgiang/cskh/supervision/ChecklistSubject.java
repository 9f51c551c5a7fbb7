package vn.vnpt.bacgiang.cskh.supervision;

/** What a checklist inspects: a store's care work, a sales department's campaign, a TTVT's hand-offs (no campaign). */
public enum ChecklistSubject {
    STORE, SALES_DEPT, TTVT;

    /** A TTVT is inspected for a period of its hand-off work, not for a campaign. */
    public boolean needsCampaign() {
        return this != TTVT;
    }

    public String labelKey() {
        return "supervision.subject." + name();
    }
}
