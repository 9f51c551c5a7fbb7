package vn.vnpt.bacgiang.cskh.customer;

public enum ComplaintTopic {
    BILLING, QUALITY, INSTALLATION, RELOCATION, STAFF, OTHER;

    public String labelKey() {
        return "customer.topic." + name();
    }
}
