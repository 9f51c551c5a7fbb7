package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardSummary;

/** The coordination scorecard on a manager's dashboard: the units with a figure at alert (named) and at warning. */
final class ScorecardTile {

    private static final String SCORECARD = "scorecard";

    private ScorecardTile() {
    }

    static Div section(Component owner, ScorecardSummary summary) {
        String named = summary.alertUnits().isEmpty() ? null : String.join(", ", summary.alertUnits());
        return DashboardParts.section(owner.getTranslation("dashboard.scorecard.title"), DashboardParts.tiles(
                DashboardParts.tile("dashboard-scorecard-alert", summary.alert(),
                        owner.getTranslation("dashboard.scorecard.alert", summary.units()), SCORECARD, named),
                DashboardParts.tile("dashboard-scorecard-warn", summary.warn(),
                        owner.getTranslation("dashboard.scorecard.warn", summary.units()), SCORECARD, null)));
    }
}
