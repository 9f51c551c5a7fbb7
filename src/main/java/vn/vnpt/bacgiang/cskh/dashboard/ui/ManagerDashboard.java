package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.ui.BarChart;
import vn.vnpt.bacgiang.cskh.base.ui.ChartModel;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionCampaign;
import vn.vnpt.bacgiang.cskh.execution.Pace;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.StaffRank;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.execution.UnitTaskFilter;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.QueueFilter;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.supervision.WaitingItem;
import vn.vnpt.bacgiang.cskh.supervision.WaitingKind;

/**
 * A sales department manager's dashboard, of their own unit only: each campaign in execution with the unit's
 * reach against its quota and where an even pace would have it today, the staff ranked by customers reached (the
 * first and last places), the unassigned and overdue tasks; the hand-offs the unit sent by state; the findings
 * waiting for the manager's answer. A unit that also receives hand-offs (PBH DN) sees its received queue too.
 */
class ManagerDashboard extends RoleDashboard {

    /**
     * How many of the staff ranking's first and last places the card shows: who leads and who needs help. The places
     * between are one line to the progress page, which lists everyone; a unit's 70 staff were 450 elements on every
     * opening of the manager's home page.
     */
    static final int AT_EACH_END = 5;

    ManagerDashboard(PortalUser user, ProgressService progress, AssignmentService assignments,
                     HandoffService handoffs, List<WaitingItem> waiting, Instant readAt) {
        super("manager-dashboard", readAt);
        List<String> names = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<Long> reached = new ArrayList<>();
        List<Long> quotas = new ArrayList<>();
        List<Long> expected = new ArrayList<>();
        List<Component> cards = new ArrayList<>();
        for (ExecutionCampaign campaign : assignments.campaigns()) {
            UnitProgress unit = progress.units(campaign.id()).stream()
                    .filter(row -> row.unitId() == user.unitId()).findFirst().orElse(null);
            if (unit == null) {
                continue;
            }
            Pace pace = progress.pace(campaign.id());
            long shouldBe = pace == null ? unit.quota() : pace.expected(unit.quota());
            names.add(campaign.name());
            links.add("progress?campaign=" + campaign.id());
            reached.add(unit.figures().reached());
            quotas.add(unit.quota());
            expected.add(shouldBe);
            cards.add(campaignCard(campaign, unit, shouldBe, pace, assignments,
                    progress.ranking(campaign.id(), user.unitId())));
        }
        if (names.isEmpty()) {
            section("dashboard-campaigns", getTranslation("dashboard.manager.campaigns", user.unitName()),
                    lines(getTranslation("dashboard.manager.noCampaign"), List.of()));
        } else {
            BarChart chart = new BarChart();
            chart.setId("dashboard-quota-chart");
            chart.setModel(new ChartModel(getTranslation("dashboard.manager.chart"),
                    getTranslation("dashboard.manager.campaign"), names,
                    List.of(new ChartModel.Series(getTranslation("dashboard.manager.reached"), reached),
                            new ChartModel.Series(getTranslation("dashboard.manager.quota"), quotas)),
                    new ChartModel.Series(getTranslation("dashboard.manager.shouldBe"), expected)));
            chart.setLinks(links);
            var section = section("dashboard-campaigns", getTranslation("dashboard.manager.campaigns",
                    user.unitName()), chart);
            cards.forEach(section::add);
        }
        queue("dashboard-sent", handoffs.counts(QueueFilter.Mode.SENT));
        if (handoffs.defaultMode() == QueueFilter.Mode.RECEIVED) {
            queue("dashboard-received", handoffs.counts(QueueFilter.Mode.RECEIVED));
        }
        findings(waiting);
    }

    private Div campaignCard(ExecutionCampaign campaign, UnitProgress unit,
            long shouldBe, @Nullable Pace pace, AssignmentService assignments, List<StaffRank> ranked) {
        String progressLink = "progress?campaign=" + campaign.id();
        String assignLink = "assignment?campaign=" + campaign.id() + "&view=";
        String paceText = pace == null ? getTranslation("dashboard.manager.noPeriod")
                : getTranslation("dashboard.manager.pace", VnFormats.number(shouldBe), pace.elapsedDays(), pace.days());
        var card = new Div(new H4(campaign.name()));
        card.addClassNames("card", "dashboard-campaign");
        card.setId("dashboard-campaign-" + campaign.id());
        long behind = shouldBe - unit.figures().reached();
        var reachedTile = tile(progressLink, unit.figures().reached(), getTranslation("dashboard.manager.reachedOf",
                VnFormats.number(unit.quota())), paceText);
        reachedTile.setId("tile-reached-" + campaign.id());
        if (behind > 0) {
            reachedTile.addClassName("tile-behind");
        }
        var unassigned = tile(assignLink + UnitTaskFilter.UNASSIGNED.name(),
                assignments.count(campaign.id(), null, UnitTaskFilter.UNASSIGNED),
                getTranslation("dashboard.manager.unassigned"));
        unassigned.setId("tile-unassigned-" + campaign.id());
        var overdue = tile(assignLink + UnitTaskFilter.OVERDUE.name(),
                assignments.count(campaign.id(), null, UnitTaskFilter.OVERDUE),
                getTranslation("dashboard.manager.overdue"));
        overdue.setId("tile-overdue-" + campaign.id());
        card.add(tiles(reachedTile, unassigned, overdue));
        List<Div> rows = new ArrayList<>();
        int between = Math.max(0, ranked.size() - 2 * AT_EACH_END);
        for (int place = 0; place < ranked.size(); place++) {
            if (between > 0 && place == AT_EACH_END) {
                rows.add(line(progressLink, getTranslation("dashboard.manager.moreStaff", VnFormats.number(between)),
                        getTranslation("dashboard.manager.allStaff")));
                place += between - 1;
                continue;
            }
            StaffRank row = ranked.get(place);
            rows.add(line(progressLink, (place + 1) + ". " + row.staffName(), getTranslation(
                    "dashboard.manager.staffLine", VnFormats.number(row.reached()),
                    VnFormats.number(row.tasks()), VnFormats.number(row.open()))));
        }
        var ranking = lines(getTranslation("dashboard.manager.noStaff"), rows);
        ranking.setId("dashboard-ranking-" + campaign.id());
        card.add(new H4(getTranslation("dashboard.manager.ranking")), ranking);
        return card;
    }

    private void findings(List<WaitingItem> waiting) {
        List<Div> rows = waiting.stream()
                .filter(item -> item.kind() == WaitingKind.FINDING_TO_ACKNOWLEDGE)
                .map(item -> line(item.href(), item.subject() == null ? item.unitName() : item.subject(),
                        item.unitName() + " · " + getTranslation("dashboard.findings.reason")))
                .toList();
        var list = lines(getTranslation("dashboard.findings.none"), rows);
        list.setId("dashboard-findings-list");
        section("dashboard-findings", getTranslation("dashboard.findings.title", rows.size()), list);
    }
}
