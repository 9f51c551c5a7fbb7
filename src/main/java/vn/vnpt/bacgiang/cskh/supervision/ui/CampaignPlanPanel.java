package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspection;

/**
 * Step 7 of a campaign: its inspections by unit with their supervisor, date, state, score and knock-out,
 * the findings and the corrective actions still open or overdue; each unit opens its inspection, the
 * action counts the corrective actions list.
 */
class CampaignPlanPanel extends Div {

    CampaignPlanPanel(List<CampaignInspection> plan) {
        addClassName("campaign-inspection-plan");
        add(new H3(getTranslation("supervision.campaignPlan.title")));
        if (plan.isEmpty()) {
            add(new Paragraph(getTranslation("supervision.campaignPlan.none")));
            return;
        }
        // What a unit stands at comes first and its name stays in sight while a phone scrolls the columns.
        Grid<CampaignInspection> grid = new Grid<>();
        grid.setId("campaign-inspections");
        grid.addComponentColumn(row -> new RouterLink(row.unitName(), InspectionView.class, row.inspectionId()))
                .setKey("unit").setHeader(getTranslation("supervision.campaignPlan.unit")).setFlexGrow(1)
                .setWidth("10rem").setFrozen(true);
        grid.addColumn(row -> getTranslation(row.state().labelKey())).setKey("state")
                .setHeader(getTranslation("supervision.campaignPlan.state")).setAutoWidth(true);
        grid.addColumn(row -> SupervisionTexts.percent(row.score())).setKey("score")
                .setHeader(getTranslation("supervision.campaignPlan.score")).setAutoWidth(true);
        grid.addComponentColumn(row -> row.knockedOut() ? SupervisionTexts.knockOut(this) : new Span())
                .setKey("knockOut").setHeader(getTranslation("supervision.knockOut")).setAutoWidth(true);
        grid.addColumn(row -> VnFormats.number(row.findings())).setKey("findings")
                .setHeader(getTranslation("supervision.campaignPlan.findings")).setAutoWidth(true);
        grid.addComponentColumn(row -> row.openActions() == 0 ? new Span("0")
                        : new RouterLink(VnFormats.number(row.openActions()), ActionsView.class)).setKey("openActions")
                .setHeader(getTranslation("supervision.campaignPlan.openActions")).setAutoWidth(true);
        grid.addColumn(row -> VnFormats.number(row.overdueActions())).setKey("overdue")
                .setHeader(getTranslation("supervision.campaignPlan.overdue")).setAutoWidth(true);
        grid.addColumn(CampaignInspection::supervisorName).setKey("supervisor")
                .setHeader(getTranslation("supervision.campaignPlan.supervisor")).setAutoWidth(true);
        grid.addColumn(row -> VnFormats.date(row.plannedOn())).setKey("date")
                .setHeader(getTranslation("supervision.campaignPlan.date")).setAutoWidth(true);
        grid.setItems(plan);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }
}
