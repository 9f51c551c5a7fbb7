package vn.vnpt.bacgiang.cskh.customer;

/** What an import saved. */
public record ImportResult(int customers, int subscriptions) {
}
