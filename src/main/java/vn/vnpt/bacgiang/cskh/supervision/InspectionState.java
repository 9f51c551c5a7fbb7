package vn.vnpt.bacgiang.cskh.supervision;

/** Planned (nothing answered yet), draft (answers saved as they are given), submitted (read-only). */
public enum InspectionState {
    PLANNED, DRAFT, SUBMITTED;

    public String labelKey() {
        return "supervision.state." + name();
    }
}
