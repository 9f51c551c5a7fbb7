package vn.vnpt.bacgiang.cskh.settlement.ui;

import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignStepSection;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.settlement.SettlementService;

/** Adds the budget settlement to a campaign's step 8 tab from evaluation on, for users who follow progress. */
@Component
class SettlementSection implements CampaignStepSection {

    private final SettlementService settlements;
    private final CurrentUser currentUser;

    SettlementSection(SettlementService settlements, CurrentUser currentUser) {
        this.settlements = settlements;
        this.currentUser = currentUser;
    }

    @Override
    public CampaignState step() {
        return CampaignState.EVALUATION;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section(Campaign campaign) {
        boolean settling = campaign.getState() == CampaignState.EVALUATION || campaign.getState() == CampaignState.CLOSED;
        if (!settling || !currentUser.require().can(Permission.PROGRESS_READ)) {
            return Optional.empty();
        }
        return Optional.of(new SettlementPanel(settlements, Objects.requireNonNull(campaign.getId())));
    }
}
