package vn.vnpt.bacgiang.cskh.customer;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another feature adds to the customer page, such as the customer's care in running
 * campaigns. Contributed as Spring beans by the feature that owns the content, so that this module
 * depends on none of them.
 */
public interface CustomerPageSection {

    /** The section for the customer, or empty when the signed-in user has nothing to read in it. */
    Optional<Component> section(long customerId);
}
