package vn.vnpt.bacgiang.cskh.org;

public enum UnitKind {
    PROVINCE, BUSINESS_CENTER, LEADERSHIP, OPERATIONS, ENTERPRISE_SALES, DISTRICT_SALES, STORE, TELECOM_CENTER;

    public String labelKey() {
        return "org.kind." + name();
    }

    /** Units of these kinds belong to one district. */
    public boolean isDistrictBound() {
        return this == DISTRICT_SALES || this == STORE || this == TELECOM_CENTER;
    }
}
