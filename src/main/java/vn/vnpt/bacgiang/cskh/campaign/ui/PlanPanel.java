package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.html.Div;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;

/** Step 3's tab content below the step panel: the shares and the budget. */
class PlanPanel extends Div {

    PlanPanel(CarePlanService plans, Campaign campaign, boolean planner, Runnable changed) {
        addClassName("campaign-plan");
        boolean editable = planner && plans.isPlanEditable(campaign);
        BudgetPanel budget = new BudgetPanel(plans, campaign, editable, changed);
        add(new SharesPanel(plans, campaign, editable, () -> {
            budget.refresh();
            changed.run();
        }), budget);
    }
}
