package vn.vnpt.bacgiang.cskh.customer;

public enum CustomerKind {
    INDIVIDUAL, HOUSEHOLD_BUSINESS, ENTERPRISE, GOVERNMENT;

    public String labelKey() {
        return "customer.kind." + name();
    }

    /** Organisations have a founding date instead of a birthday and are managed by the Enterprise Sales Dept. */
    public boolean isOrganisation() {
        return this == ENTERPRISE || this == GOVERNMENT;
    }
}
