package vn.vnpt.bacgiang.cskh.execution;

import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.customer.CustomerReadGrant;

/** A care worker may read the customer of any care task assigned to them, wherever the customer is managed. */
@Component
class AssignedCustomers implements CustomerReadGrant {

    private final CareTaskRepository tasks;

    AssignedCustomers(CareTaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean grants(long userId, long customerId) {
        return tasks.existsByAssigneeIdAndCustomerId(userId, customerId);
    }
}
