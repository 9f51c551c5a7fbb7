package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalService;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignStepSection;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;
import vn.vnpt.bacgiang.cskh.campaign.ReadinessService;
import vn.vnpt.bacgiang.cskh.campaign.ScriptService;
import vn.vnpt.bacgiang.cskh.campaign.StateChange;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

/** One campaign: its details, the moves the user may make now, a tab per step and its history. */
@Route("campaign")
@RolesAllowed(Permissions.CAMPAIGN_READ)
@StyleSheet("context://styles/campaign.css")
class CampaignView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CampaignService campaigns;
    private final SegmentService segments;
    private final ScriptService scripts;
    private final CarePlanService plans;
    private final AppraisalService appraisals;
    private final boolean director;
    private final boolean planner;
    private final boolean boardUser;
    private final ReadinessService readiness;
    private final boolean salesManager;
    private final boolean careStaff;
    private final ObjectProvider<CampaignStepSection> sections;
    private String title = "";
    private long id;
    private Div actions = new Div();

    CampaignView(CampaignService campaigns, SegmentService segments, ScriptService scripts, CarePlanService plans,
                 AppraisalService appraisals, CurrentUser currentUser, ReadinessService readiness,
                 ObjectProvider<CampaignStepSection> sections) {
        this.appraisals = appraisals;
        this.sections = sections;
        this.director = currentUser.require().can(Permission.APPRAISE);
        this.readiness = readiness;
        this.salesManager = currentUser.require().can(Permission.READINESS_CONFIRM);
        this.careStaff = currentUser.require().can(Permission.TASK_WORK);
        this.campaigns = campaigns;
        this.segments = segments;
        this.scripts = scripts;
        this.plans = plans;
        this.planner = currentUser.require().can(Permission.CAMPAIGN_PLAN);
        this.boardUser = currentUser.require().can(Permission.APPRAISAL_READ);
        addClassNames("view", "campaign-view");
    }

    /** Opens the campaign's page. */
    static void open(Component from, long campaignId) {
        from.getUI().ifPresent(ui -> ui.navigate(CampaignView.class, campaignId));
    }

    /** A link to the campaign's page, named by the campaign. */
    static Anchor link(Campaign campaign) {
        return new Anchor(RouteConfiguration.forApplicationScope().getUrl(CampaignView.class,
                Objects.requireNonNull(campaign.getId())), campaign.getName());
    }

    @Override
    public void setParameter(BeforeEvent event, Long campaignId) {
        id = campaignId;
        show();
    }

    /** During rework the reason the plan was last returned for, read from the state history. */
    private static Optional<String> lastReturnReason(List<StateChange> history) {
        return history.reversed().stream().filter(change -> change.getToState() == CampaignState.RETURNED)
                .findFirst().map(StateChange::getComment);
    }

    private void show() {
        Campaign campaign = campaigns.get(id);
        List<StateChange> history = campaigns.history(id);
        title = campaign.getName();
        removeAll();
        add(new RouterLink(getTranslation("campaign.view.back"), CampaignBoardView.class));
        Span state = new Span(getTranslation(campaign.getState().labelKey()));
        state.getElement().getThemeList().add(switch (campaign.getState()) {
            case RETURNED, CANCELLED -> "badge error";
            case CLOSED -> "badge success";
            default -> "badge";
        });
        state.addClassName("campaign-state");
        Div heading = new Div(new H1(campaign.getName()), state);
        heading.addClassName("view-header");
        add(heading);
        if (campaign.getReturnedReason() != null) {
            Div returned = new Div(new Span(getTranslation("campaign.view.returned", campaign.getReturnedReason())));
            returned.addClassName("campaign-returned");
            add(returned);
        } else if (campaign.getState() == CampaignState.PLANNING) {
            lastReturnReason(history).ifPresent(reason -> {
                Div returned = new Div(new Span(getTranslation("campaign.view.returnedBefore", reason)));
                returned.addClassName("campaign-returned");
                add(returned);
            });
        }
        actions = actions(campaign);
        add(actions, new CampaignFacts(campaign), steps(campaign, history));
    }

    /** Shows the moves again after a panel saved something their guards read (a share, a script, a readiness). */
    private void refreshActions() {
        Div fresh = actions(campaigns.get(id));
        replace(actions, fresh);
        actions = fresh;
    }

    /**
     * The moves the user's role allows; one the guards refuse now is disabled, with the reason beside it, and
     * one the Director would make over an unmet guard says what it overrides.
     */
    private Div actions(Campaign campaign) {
        Div actions = new Div();
        actions.addClassName("campaign-actions");
        CampaignMover mover = new CampaignMover(this, campaigns, this::show);
        boolean decides = false;
        for (CampaignTransition transition : campaigns.allowedTransitions(campaign)) {
            if (transition.leaves(CampaignState.APPRAISAL)) {
                decides = true; // the Director decides in the step-4 tab's AppraisalPanel, with scores
                continue;
            }
            Button button = new Button(getTranslation(transition.labelKey()),
                    click -> mover.move(campaign, transition.to()));
            if (transition.to() == CampaignState.CANCELLED) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            campaigns.refusal(campaign, transition).ifPresentOrElse(refused -> {
                String reason = getTranslation(refused.messageKey(), refused.arguments());
                button.setEnabled(false);
                button.setTooltipText(reason);
                Span why = new Span(reason);
                why.addClassName("campaign-action-refusal");
                Div refusedMove = new Div(button, why);
                refusedMove.addClassName("campaign-action-refused");
                actions.add(refusedMove);
            }, () -> actions.add(overriding(campaign, transition, button)));
        }
        if (planner && campaign.getState().isEditable()) {
            actions.add(new Button(getTranslation("campaign.view.edit"), VaadinIcon.EDIT.create(),
                    click -> CampaignEditing.edit(this, campaign, campaigns, segments, saved -> show())));
        }
        String below = decides ? "campaign.view.decideBelow" : confirmsReadiness(campaign)
                ? "campaign.view.confirmBelow" : settles(campaign) ? "campaign.view.settleBelow" : null;
        if (below != null) {
            Span hint = new Span(getTranslation(below));
            hint.addClassName("campaign-action-hint");
            actions.add(hint);
        } else if (actions.getChildren().findAny().isEmpty()) {
            actions.add(new Span(getTranslation("campaign.view.noActions")));
        }
        return actions;
    }

    /** The button, with the unmet guard beside it when making the move now overrides one. */
    private Component overriding(Campaign campaign, CampaignTransition transition, Button button) {
        return campaigns.overridden(campaign, transition).<Component>map(unmet -> {
            String reason = getTranslation(unmet.messageKey(), unmet.arguments());
            button.setTooltipText(reason);
            Span why = new Span(reason);
            why.addClassName("campaign-action-override");
            Div overriding = new Div(button, why);
            overriding.addClassName("campaign-action-refused");
            return overriding;
        }).orElse(button);
    }

    /** Whether a unit's manager has a readiness checklist of this campaign to tick in the step-5 tab. */
    private boolean settles(Campaign campaign) {
        return salesManager && campaign.getState() == CampaignState.EVALUATION && campaigns.unitWorkWaits(campaign);
    }

    private boolean confirmsReadiness(Campaign campaign) {
        return salesManager && campaign.getState() == CampaignState.READINESS
                && readiness.units(id).stream().anyMatch(readiness::mayConfirm);
    }

    private TabSheet steps(Campaign campaign, List<StateChange> history) {
        TabSheet tabs = new TabSheet();
        tabs.addClassName("campaign-steps");
        tabs.setWidthFull();
        for (CampaignState step : CampaignState.steps()) {
            StepPanel panel = new StepPanel(step, campaign, history);
            if (step == CampaignState.ORIENTATION) {
                addStepTwo(panel, campaign);
            }
            if (step == CampaignState.PLANNING && campaign.getState() != CampaignState.SEGMENTING
                    && campaign.getState() != CampaignState.ORIENTATION) {
                panel.add(new PlanPanel(plans, campaign, planner, this::refreshActions));
            }
            if (step == CampaignState.APPRAISAL && boardUser) {
                panel.add(new AppraisalPanel(appraisals, campaign, director, this::show));
            }
            addReadiness(step, panel, campaign);
            addExecutionLinks(step, panel, campaign);
            sections.orderedStream().filter(section -> section.step() == step)
                    .forEach(section -> section.section(campaign).ifPresent(panel::add));
            var tab = tabs.add(getTranslation(step.labelKey()), panel);
            if (step == campaign.getState()) {
                tabs.setSelectedTab(tab);
            }
        }
        var historyTab = tabs.add(getTranslation("campaign.view.history"), new HistoryList(history));
        if (!campaign.getState().isOpen() || campaign.getState() == CampaignState.RETURNED) {
            tabs.setSelectedTab(historyTab);
        }
        return tabs;
    }

    /** Step 5's readiness checklists, once the campaign reached it, for ĐHNV, the Director and the units' managers. */
    private void addReadiness(CampaignState step, StepPanel panel, Campaign campaign) {
        Integer reached = campaign.getState().step();
        if (step == CampaignState.READINESS && (boardUser || salesManager) && reached != null && reached >= 5) {
            panel.add(new ReadinessPanel(readiness, campaign, this::refreshActions));
        }
    }

    /** Step 6 is worked in its own views (module execution), reached here by path so campaign does not depend on it. */
    private void addExecutionLinks(CampaignState step, StepPanel panel, Campaign campaign) {
        Integer reached = campaign.getState().step();
        if (step != CampaignState.EXECUTION || reached == null || reached < 6) {
            return;
        }
        Div links = new Div();
        links.addClassName("execution-links");
        if (boardUser || salesManager) {
            links.add(new Anchor("progress?campaign=" + id, getTranslation("campaign.view.progress")));
        }
        if (careStaff) {
            links.add(new Anchor("worklist?campaign=" + id, getTranslation("campaign.view.worklist")));
        }
        panel.add(links);
    }

    /** Step 2's orientation and scripts; planners change them while the campaign is in steps 2–3 or returned. */
    private void addStepTwo(StepPanel panel, Campaign campaign) {
        boolean editable = planner && ScriptService.isEditable(campaign);
        panel.add(new OrientationPanel(scripts, id, editable, this::refreshActions),
                new ScriptsPanel(scripts, id, editable, boardUser, this::refreshActions));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
