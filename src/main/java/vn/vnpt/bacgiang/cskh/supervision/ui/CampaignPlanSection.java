package vn.vnpt.bacgiang.cskh.supervision.ui;

import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignStepSection;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspectionService;

/**
 * Adds the campaign's inspection plan to its step 7 tab once it is being executed (inspections are
 * planned from then on), for users who read inspections.
 */
@Component
class CampaignPlanSection implements CampaignStepSection {

    private final CampaignInspectionService inspections;
    private final CurrentUser currentUser;

    CampaignPlanSection(CampaignInspectionService inspections, CurrentUser currentUser) {
        this.inspections = inspections;
        this.currentUser = currentUser;
    }

    @Override
    public CampaignState step() {
        return CampaignState.SUPERVISION;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section(Campaign campaign) {
        Integer reached = campaign.getState().step();
        if (!currentUser.require().can(Permission.INSPECTION_READ) || reached == null || reached < 6) {
            return Optional.empty();
        }
        return Optional.of(new CampaignPlanPanel(inspections.plan(Objects.requireNonNull(campaign.getId()))));
    }
}
