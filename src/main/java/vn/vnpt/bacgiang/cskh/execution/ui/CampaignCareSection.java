package vn.vnpt.bacgiang.cskh.execution.ui;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.customer.CustomerPageSection;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/** Adds the customer's care in running campaigns to the customer page, for users who read campaigns. */
@Component
class CampaignCareSection implements CustomerPageSection {

    private final ExecutionService execution;
    private final CurrentUser currentUser;

    CampaignCareSection(ExecutionService execution, CurrentUser currentUser) {
        this.execution = execution;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section(long customerId) {
        PortalUser user = currentUser.require();
        if (!user.can(Permission.CAMPAIGN_READ)) {
            return Optional.empty();
        }
        return Optional.of(new CampaignCarePanel(execution.customerTasks(customerId),
                user.can(Permission.HANDOFF_RAISE)));
    }
}
