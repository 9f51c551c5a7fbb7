package vn.vnpt.bacgiang.cskh.customer;

import java.util.List;

/** Everything the customer page shows about one customer. */
public record CustomerDetails(Customer customer, List<Subscription> subscriptions, List<Complaint> complaints) {
}
