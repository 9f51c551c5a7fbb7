package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.StateChange;

/** One step of a campaign: who is responsible, whether the campaign is there, and what was done in it. */
class StepPanel extends Div {

    StepPanel(CampaignState step, Campaign campaign, List<StateChange> history) {
        addClassName("campaign-step-panel");
        add(new Paragraph(getTranslation("campaign.view.stepOwner", getTranslation("campaign.step.owner." + step))));
        List<StateChange> inStep = history.stream()
                .filter(change -> change.getToState() == step || change.getFromState() == step).toList();
        if (campaign.getState() == step) {
            add(new Paragraph(campaign.getStepDeadline() == null ? getTranslation("campaign.view.stepCurrentNoDeadline")
                    : getTranslation("campaign.view.stepCurrent", VnFormats.date(campaign.getStepDeadline()))));
        } else if (inStep.isEmpty()) {
            add(new Paragraph(getTranslation("campaign.view.stepAhead")));
        }
        if (!inStep.isEmpty()) {
            add(new Paragraph(getTranslation("campaign.view.stepDone")), new HistoryList(inStep));
        }
    }
}
