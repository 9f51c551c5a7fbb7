package vn.vnpt.bacgiang.cskh.customer;

/**
 * Customers are being added or their indicators recomputed (an import, an indicator refresh): published inside the
 * changing transaction, so figures kept elsewhere are dropped now and again when it ends.
 */
public record CustomersChanged() {
}
