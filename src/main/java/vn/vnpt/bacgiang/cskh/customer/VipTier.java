package vn.vnpt.bacgiang.cskh.customer;

public enum VipTier {
    NONE, SILVER, GOLD, DIAMOND;

    public String labelKey() {
        return "customer.vip." + name();
    }
}
