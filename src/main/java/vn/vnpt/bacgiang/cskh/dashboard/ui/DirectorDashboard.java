package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BarChart;
import vn.vnpt.bacgiang.cskh.base.ui.ChartModel;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.execution.UnitFigures;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverLoad;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverSla;
import vn.vnpt.bacgiang.cskh.supervision.ActionRow;
import vn.vnpt.bacgiang.cskh.supervision.ActionState;

/**
 * The Director's view of the province: campaigns by step with the late and returned ones, reach and success
 * against target per executing unit (ranked, from the progress snapshot), hand-offs overdue per receiving unit
 * with this month's SLA compliance, and corrective actions open and overdue. Every figure links to the list
 * of exactly the records it counts.
 */
class DirectorDashboard extends Composite<Div> {

    DirectorDashboard(ManagementDashboards.Director data) {
        Div root = getContent();
        root.addClassNames("dashboard", "director-dashboard");
        UnitFigures.Snapshot figures = data.unitFigures();
        Instant asOf = figures.asOf() == null || figures.asOf().isAfter(data.now()) ? data.now() : figures.asOf();
        root.add(DashboardParts.heading(this, getTranslation("dashboard.director.title"), asOf),
                campaignSteps(data.campaigns(), data.states(), data.today()),
                unitRanking(figures),
                ScorecardTile.section(this, data.scorecard()),
                handoffs(data.openHandoffs(), data.slaThisMonth()),
                actions(data.actions()));
    }

    private Div campaignSteps(List<Campaign> campaigns, List<CampaignState> states, LocalDate today) {
        List<Anchor> tiles = new ArrayList<>();
        for (CampaignState state : states) {
            List<Campaign> in = campaigns.stream().filter(campaign -> campaign.getState() == state).toList();
            long late = in.stream().filter(campaign -> campaign.isLate(today)).count();
            tiles.add(DashboardParts.tile("dashboard-campaigns-" + state.name(), in.size(), getTranslation(state.labelKey()),
                    "campaigns/list?state=" + state.name(),
                    late == 0 ? null : getTranslation("dashboard.director.lateIn", VnFormats.number(late))));
        }
        long late = campaigns.stream().filter(campaign -> campaign.isLate(today)).count();
        tiles.add(DashboardParts.tile("dashboard-campaigns-late", late, getTranslation("dashboard.director.late"),
                "campaigns/list?late=true", null));
        return DashboardParts.section(getTranslation("dashboard.director.campaigns"),
                DashboardParts.tiles(tiles.toArray(Anchor[]::new)));
    }

    /** Per campaign in execution: its units ranked by reach against quota, as bars and as linked lines. */
    private Div unitRanking(UnitFigures.Snapshot figures) {
        Map<Long, List<UnitFigures.Row>> byCampaign = new LinkedHashMap<>();
        figures.rows().stream().filter(row -> row.state() == CampaignState.EXECUTION)
                .forEach(row -> byCampaign.computeIfAbsent(row.campaignId(), id -> new ArrayList<>()).add(row));
        Div section = DashboardParts.section(getTranslation("dashboard.director.units"));
        section.setId("dashboard-units");
        if (byCampaign.isEmpty()) {
            section.add(new Span(getTranslation("dashboard.director.noExecution")));
        }
        byCampaign.forEach((campaignId, rows) -> {
            List<UnitFigures.Row> ranked = rows.stream().sorted(Comparator.comparing(UnitFigures.Row::quotaRate,
                            Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(row -> -row.figures().reached()).thenComparing(UnitFigures.Row::unitName)).toList();
            String name = ranked.getFirst().campaignName();
            BarChart chart = new BarChart();
            chart.setModel(new ChartModel(getTranslation("dashboard.director.chart", name),
                    getTranslation("dashboard.director.unit"), ranked.stream().map(UnitFigures.Row::unitName).toList(),
                    List.of(new ChartModel.Series(getTranslation("dashboard.director.reached"),
                            ranked.stream().map(row -> row.figures().reached()).toList())),
                    new ChartModel.Series(getTranslation("dashboard.director.quota"),
                            ranked.stream().map(UnitFigures.Row::quota).toList())));
            chart.setLinks(ranked.stream().map(DirectorDashboard::progressOf).toList());
            Div lines = new Div();
            lines.addClassName("dashboard-lines");
            lines.setId("dashboard-units-" + campaignId);
            int rank = 0;
            for (UnitFigures.Row row : ranked) {
                lines.add(unitLine(++rank, row));
            }
            section.add(new H4(name), chart, lines);
        });
        return section;
    }

    private static String progressOf(UnitFigures.Row row) {
        return "progress?campaign=" + row.campaignId() + "&unit=" + row.unitId();
    }

    private Div unitLine(int rank, UnitFigures.Row row) {
        Figures figures = row.figures();
        Anchor name = new Anchor(progressOf(row), rank + ". " + row.unitName());
        Span reach = DashboardParts.cell(getTranslation("dashboard.director.reachOfQuota",
                VnFormats.number(figures.reached()), VnFormats.number(row.quota()), percent(row.quotaRate())));
        Span reachRate = DashboardParts.cell(againstTarget("dashboard.director.reachRate", figures.reachRate(),
                row.reachTarget()));
        Span success = DashboardParts.cell(againstTarget("dashboard.director.successRate", figures.successRate(),
                row.successTarget()));
        markBelow(reachRate, figures.reachRate(), row.reachTarget());
        markBelow(success, figures.successRate(), row.successTarget());
        return DashboardParts.line(name, reach, reachRate, success);
    }

    private String againstTarget(String key, @Nullable BigDecimal rate, @Nullable Integer target) {
        return getTranslation(key, percent(rate)) + (target == null ? ""
                : " · " + getTranslation("dashboard.director.target", target));
    }

    private static void markBelow(Span cell, @Nullable BigDecimal rate, @Nullable Integer target) {
        if (target != null && (rate == null || rate.compareTo(BigDecimal.valueOf(target)) < 0)) {
            cell.addClassName("dashboard-below-target");
        }
    }

    /**
     * Per receiving unit with open hand-offs or hand-offs received this month: its open hand-offs and those past
     * their deadline (linked), and this month's service level; the most overdue first.
     */
    private Div handoffs(List<ReceiverLoad> open, List<ReceiverSla> thisMonth) {
        Map<Long, ReceiverSla> month = new TreeMap<>();
        thisMonth.forEach(row -> month.put(row.unitId(), row));
        Map<Long, ReceiverLoad> units = new TreeMap<>();
        open.forEach(row -> units.put(row.unitId(), row));
        thisMonth.forEach(row -> units.putIfAbsent(row.unitId(), new ReceiverLoad(row.unitId(), row.unitName(), 0, 0)));
        Div lines = new Div();
        lines.addClassName("dashboard-lines");
        lines.setId("dashboard-handoffs");
        units.values().stream().sorted(Comparator.comparingLong(ReceiverLoad::overdue).reversed()
                .thenComparing(ReceiverLoad::unitName)).forEach(unit -> {
                    ReceiverSla now = month.get(unit.unitId());
                    Anchor overdue = new Anchor("handoffs?unit=" + unit.unitId() + "&overdue=true",
                            getTranslation("dashboard.director.overdue", VnFormats.number(unit.overdue())));
                    overdue.addClassName("dashboard-cell");
                    if (unit.overdue() > 0) {
                        overdue.addClassName("dashboard-below-target");
                    }
                    Anchor openLink = new Anchor("handoffs?unit=" + unit.unitId(),
                            getTranslation("dashboard.director.open", VnFormats.number(unit.open())));
                    openLink.addClassName("dashboard-cell");
                    lines.add(DashboardParts.line(new Anchor("handoffs?unit=" + unit.unitId(), unit.unitName()),
                            openLink, overdue,
                            DashboardParts.cell(getTranslation("dashboard.director.received",
                                    VnFormats.number(now == null ? 0 : now.received()))),
                            DashboardParts.cell(getTranslation("dashboard.director.acceptSla", now == null ? "—"
                                    : percent(Figures.percent(now.acceptedInTime(),
                                    now.acceptedInTime() + now.acceptedLate())))),
                            DashboardParts.cell(getTranslation("dashboard.director.resolveSla", now == null ? "—"
                                    : percent(Figures.percent(now.resolvedInTime(),
                                    now.resolvedInTime() + now.resolvedLate()))))));
                });
        if (units.isEmpty()) {
            lines.add(new Span(getTranslation("dashboard.director.noHandoffs")));
        }
        return DashboardParts.section(getTranslation("dashboard.director.handoffs"), lines);
    }

    private Div actions(List<ActionRow> actions) {
        return DashboardParts.section(getTranslation("dashboard.actions.title"), DashboardParts.tiles(
                actionTile(actions, ActionState.OPEN), actionTile(actions, ActionState.REOPENED),
                actionTile(actions, ActionState.DONE),
                DashboardParts.tile("dashboard-actions-overdue", actions.stream().filter(ActionRow::overdue).count(),
                        getTranslation("dashboard.actions.overdue"), "supervision/actions?overdue=true", null)));
    }

    private Anchor actionTile(List<ActionRow> actions, ActionState state) {
        return DashboardParts.tile("dashboard-actions-" + state.name(),
                actions.stream().filter(row -> row.action().getState() == state).count(),
                getTranslation("dashboard.actions." + state.name()), "supervision/actions?state=" + state.name(), null);
    }

    private String percent(@Nullable BigDecimal rate) {
        return rate == null ? "—" : VnFormats.number(rate) + " %";
    }
}
