package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardSummary;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.supervision.ActionRow;
import vn.vnpt.bacgiang.cskh.supervision.ActionState;
import vn.vnpt.bacgiang.cskh.supervision.InspectionFilter;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;

/**
 * ĐHNV's dashboard for its planners and supervisors: the open campaigns the planner owns with their step's
 * deadline, the executing units that have not confirmed readiness, the inspections due and those with a
 * disputed finding, and the corrective actions to verify or overdue. Each figure links to its list.
 */
class OperationsDashboard extends Composite<Div> {

    OperationsDashboard(PortalUser user, CampaignService campaigns, InspectionService inspections,
                        List<ActionRow> actions, ScorecardSummary scorecard, LocalDate today, Instant now) {
        Div root = getContent();
        root.addClassNames("dashboard", "operations-dashboard");
        root.add(DashboardParts.heading(this, getTranslation("dashboard.operations.title"), now));
        List<Campaign> visible = campaigns.board(CampaignFilter.none());
        if (user.can(Permission.CAMPAIGN_PLAN)) {
            root.add(owned(visible.stream().filter(campaign -> campaign.getOwnerId() == user.id()
                    && campaign.getState().isOpen()).toList(), user.id(), today));
        }
        root.add(readiness(campaigns, visible.stream().filter(campaign -> campaign.getState() == CampaignState.READINESS)
                .toList(), today));
        root.add(supervision(inspections, actions), ScorecardTile.section(this, scorecard));
    }

    private Div owned(List<Campaign> mine, long userId, LocalDate today) {
        long late = mine.stream().filter(campaign -> campaign.isLate(today)).count();
        Div lines = new Div();
        lines.addClassName("dashboard-lines");
        lines.setId("dashboard-owned");
        mine.forEach(campaign -> lines.add(DashboardParts.line(link(campaign),
                DashboardParts.cell(getTranslation(campaign.getState().labelKey())), deadline(campaign, today))));
        return DashboardParts.section(getTranslation("dashboard.operations.owned"), DashboardParts.tiles(
                DashboardParts.tile("dashboard-owned-count", mine.size(), getTranslation("dashboard.operations.ownedOpen"),
                        "campaigns/list?owner=" + userId + "&open=true", late == 0 ? null
                                : getTranslation("dashboard.director.lateIn", VnFormats.number(late)))), lines);
    }

    /** The campaigns in step 5, each with how many of its executing units confirmed readiness. */
    private Div readiness(CampaignService campaigns, List<Campaign> inReadiness, LocalDate today) {
        long notReady = 0;
        Div lines = new Div();
        lines.addClassName("dashboard-lines");
        lines.setId("dashboard-readiness");
        for (Campaign campaign : inReadiness) {
            long[] ready = Objects.requireNonNull(campaigns.unitsReady(campaign));
            notReady += ready[1] - ready[0];
            Span confirmed = DashboardParts.cell(getTranslation("dashboard.operations.unitsReady",
                    VnFormats.number(ready[0]), VnFormats.number(ready[1])));
            if (ready[0] < ready[1]) {
                confirmed.addClassName("dashboard-below-target");
            }
            lines.add(DashboardParts.line(link(campaign), confirmed, deadline(campaign, today)));
        }
        return DashboardParts.section(getTranslation("dashboard.operations.readiness"), DashboardParts.tiles(
                DashboardParts.tile("dashboard-not-ready", notReady, getTranslation("dashboard.operations.notReady"),
                        "campaigns/list?state=" + CampaignState.READINESS.name(),
                        getTranslation("dashboard.operations.inCampaigns", VnFormats.number(inReadiness.size())))),
                lines);
    }

    private Div supervision(InspectionService inspections, List<ActionRow> actions) {
        return DashboardParts.section(getTranslation("dashboard.operations.supervision"), DashboardParts.tiles(
                DashboardParts.tile("dashboard-inspections-due",
                        inspections.list(new InspectionFilter(true, false)).size(),
                        getTranslation("dashboard.operations.inspectionsDue"), "supervision/inspections?due=true", null),
                DashboardParts.tile("dashboard-inspections-disputed",
                        inspections.list(new InspectionFilter(false, true)).size(),
                        getTranslation("dashboard.operations.disputed"), "supervision/inspections?disputed=true", null),
                DashboardParts.tile("dashboard-actions-DONE",
                        actions.stream().filter(row -> row.action().getState() == ActionState.DONE).count(),
                        getTranslation("dashboard.actions.DONE"), "supervision/actions?state=DONE", null),
                DashboardParts.tile("dashboard-actions-overdue", actions.stream().filter(ActionRow::overdue).count(),
                        getTranslation("dashboard.actions.overdue"), "supervision/actions?overdue=true", null)));
    }

    private static Anchor link(Campaign campaign) {
        return new Anchor("campaign/" + campaign.getId(), campaign.getName());
    }

    private Span deadline(Campaign campaign, LocalDate today) {
        LocalDate due = campaign.getStepDeadline();
        Span cell = DashboardParts.cell(due == null ? getTranslation("dashboard.operations.noDeadline")
                : getTranslation(campaign.isLate(today) ? "dashboard.operations.lateSince" : "dashboard.operations.due",
                VnFormats.date(due)));
        if (campaign.isLate(today)) {
            cell.addClassName("dashboard-below-target");
        }
        return cell;
    }
}
