package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BarChart;
import vn.vnpt.bacgiang.cskh.base.ui.ChartModel;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.MyShare;
import vn.vnpt.bacgiang.cskh.execution.WorklistFilter;

/**
 * A care staff member's dashboard: their tasks due today (callbacks included: a callback is the task's due
 * time), today's appointments, their open tasks, the customers they reached this week, each linking to that
 * part of the worklist; then this week's and the campaigns' results against their share of the unit's quota.
 */
class CareStaffDashboard extends RoleDashboard {

    private static final List<WorklistFilter> PARTS = List.of(WorklistFilter.DUE_TODAY,
            WorklistFilter.APPOINTMENTS_TODAY, WorklistFilter.OPEN, WorklistFilter.REACHED_THIS_WEEK);

    CareStaffDashboard(ExecutionService execution, Instant readAt) {
        super("care-dashboard", readAt);
        var row = tiles();
        long reachedThisWeek = 0;
        for (WorklistFilter part : PARTS) {
            long count = execution.count(part, null);
            if (part == WorklistFilter.REACHED_THIS_WEEK) {
                reachedThisWeek = count;
            }
            Anchor tile = tile("worklist?view=" + part.name(), count, getTranslation("dashboard.care." + part.name()));
            tile.setId("tile-" + part.name());
            row.add(tile);
        }
        section("dashboard-my-tasks", getTranslation("dashboard.care.tasks"), row);

        MyShare share = execution.myShare();
        BarChart chart = new BarChart();
        chart.setId("dashboard-share-chart");
        chart.setModel(new ChartModel(getTranslation("dashboard.care.chart"), getTranslation("dashboard.care.period"),
                List.of(getTranslation("dashboard.care.week"), getTranslation("dashboard.care.sofar")),
                List.of(new ChartModel.Series(getTranslation("dashboard.care.reached"),
                        List.of(reachedThisWeek, share.reached()))),
                new ChartModel.Series(getTranslation("dashboard.care.share"),
                        List.of(share.expectedThisWeek(), share.expectedByToday()))));
        chart.setLinks(List.of("worklist?view=" + WorklistFilter.REACHED_THIS_WEEK.name(),
                "worklist?view=" + WorklistFilter.REACHED.name()));
        var text = new Paragraph(getTranslation("dashboard.care.shareText",
                VnFormats.number(share.quota()), VnFormats.number(share.assigned()), VnFormats.number(share.reached()),
                VnFormats.number(share.expectedByToday()), VnFormats.number(reachedThisWeek),
                VnFormats.number(share.expectedThisWeek())));
        text.setId("dashboard-share-text");
        section("dashboard-my-share", getTranslation("dashboard.care.results"), text, chart);
    }
}
