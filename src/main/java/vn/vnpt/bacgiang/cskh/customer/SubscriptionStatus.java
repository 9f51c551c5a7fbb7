package vn.vnpt.bacgiang.cskh.customer;

public enum SubscriptionStatus {
    ACTIVE, SUSPENDED, CANCELLED;

    public String labelKey() {
        return "customer.status." + name();
    }
}
