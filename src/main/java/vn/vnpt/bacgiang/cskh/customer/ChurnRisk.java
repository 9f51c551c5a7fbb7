package vn.vnpt.bacgiang.cskh.customer;

/** Stored as its ordinal. */
public enum ChurnRisk {
    LOW, MEDIUM, HIGH;

    public String labelKey() {
        return "customer.churn." + name();
    }
}
