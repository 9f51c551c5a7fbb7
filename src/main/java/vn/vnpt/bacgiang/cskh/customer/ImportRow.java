package vn.vnpt.bacgiang.cskh.customer;

/** One checked row of an import file: a customer and one of their subscriptions. */
public record ImportRow(int row, ImportedCustomer customer, ImportedSubscription subscription) {
}
