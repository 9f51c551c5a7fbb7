package vn.vnpt.bacgiang.cskh.customer;

public enum ComplaintChannel {
    STORE, HOTLINE, ZALO, EMAIL, VISIT;

    public String labelKey() {
        return "customer.channel." + name();
    }
}
