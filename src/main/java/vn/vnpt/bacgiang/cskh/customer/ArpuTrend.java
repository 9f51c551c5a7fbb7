package vn.vnpt.bacgiang.cskh.customer;

/** Stored as its ordinal. */
public enum ArpuTrend {
    FALLING, STABLE, RISING;

    public String labelKey() {
        return "customer.trend." + name();
    }
}
