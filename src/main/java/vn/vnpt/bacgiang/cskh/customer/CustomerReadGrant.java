package vn.vnpt.bacgiang.cskh.customer;

/**
 * Another feature's reason for a user to read a customer outside their unit's scope: a care worker
 * at a store reads the customer of a care task assigned to them even when the customer is managed
 * by the sales department above the store. Implemented by the feature that knows the reason, so
 * that this module depends on none of them.
 */
public interface CustomerReadGrant {

    boolean grants(long userId, long customerId);
}
