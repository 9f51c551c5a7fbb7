package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.MainLayout;
import vn.vnpt.bacgiang.cskh.execution.ExecutionCampaign;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.StaffProgress;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Step 6's progress of a campaign per executing unit against its quota and KPI targets and, for the
 * unit chosen (the manager's own), per care staff member. Managers see their own unit, ĐHNV, the
 * Director and Admins every unit.
 */
@Route(value = "progress", layout = MainLayout.class)
@RolesAllowed(Permissions.PROGRESS_READ)
@Menu(title = "execution.nav.progress", order = 32, icon = "vaadin:chart-line")
@StyleSheet("context://styles/execution.css")
class ProgressView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ProgressService progress;
    private final Select<ExecutionCampaign> campaign = new Select<>();
    private final Grid<UnitProgress> units = new Grid<>();
    private final H3 staffTitle = new H3();
    private final Grid<StaffProgress> staff = new Grid<>();

    ProgressView(ProgressService progress) {
        this.progress = progress;
        addClassNames("view", "progress-view");
        add(new H2(getTranslation("execution.progress.title")));
        List<ExecutionCampaign> campaigns = progress.campaigns();
        if (campaigns.isEmpty()) {
            add(new Paragraph(getTranslation("execution.progress.noCampaign")));
            return;
        }
        campaign.setLabel(getTranslation("execution.worklist.campaign"));
        campaign.setId("progress-campaign");
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(item -> item.name() + " · " + getTranslation(item.state().labelKey()));
        campaign.setWidth("28rem");
        campaign.setValue(campaigns.getFirst());
        campaign.addValueChangeListener(change -> refresh());

        units.addColumn(UnitProgress::unitName).setKey("unit").setHeader(getTranslation("execution.field.unit"))
                .setFlexGrow(2).setWidth("11rem");
        units.addColumn(unit -> VnFormats.number(unit.figures().tasks()))
                .setHeader(getTranslation("execution.progress.tasks")).setAutoWidth(true);
        units.addColumn(unit -> VnFormats.number(unit.quota())).setHeader(getTranslation("execution.progress.quota"))
                .setAutoWidth(true);
        units.addColumn(unit -> VnFormats.number(unit.figures().contacted()))
                .setHeader(getTranslation("execution.progress.contacted")).setAutoWidth(true);
        units.addColumn(unit -> rate(unit.figures().reached(), unit.figures().reachRate(), unit.reachTarget()))
                .setKey("reached").setHeader(getTranslation("execution.progress.reached")).setAutoWidth(true);
        units.addColumn(unit -> rate(unit.figures().accepted(), unit.figures().successRate(), unit.successTarget()))
                .setKey("success").setHeader(getTranslation("execution.progress.success")).setAutoWidth(true);
        units.addColumn(unit -> satisfaction(unit.figures().satisfaction(), unit.satisfactionTarget()))
                .setKey("satisfaction").setHeader(getTranslation("execution.progress.satisfaction")).setAutoWidth(true);
        units.addColumn(unit -> unit.budgetPlanned() == 0 ? VnFormats.money(unit.figures().budgetUsed())
                        : getTranslation("execution.progress.budgetVsPlan", VnFormats.money(unit.figures().budgetUsed()),
                        VnFormats.money(unit.budgetPlanned())))
                .setKey("budget").setHeader(getTranslation("execution.progress.budget")).setAutoWidth(true);
        units.addColumn(unit -> VnFormats.number(unit.figures().unassigned()))
                .setHeader(getTranslation("execution.progress.unassigned")).setAutoWidth(true);
        units.setAllRowsVisible(true);
        units.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.setId("progress-units");
        units.asSingleSelect().addValueChangeListener(change -> showStaff(change.getValue()));

        staff.addColumn(row -> row.staffId() == null ? getTranslation("execution.progress.unassignedStaff")
                : row.staffName()).setKey("staff").setHeader(getTranslation("execution.field.staff")).setFlexGrow(2);
        staff.addColumn(row -> VnFormats.number(row.figures().tasks()))
                .setHeader(getTranslation("execution.progress.tasks")).setAutoWidth(true);
        staff.addColumn(row -> VnFormats.number(row.open())).setHeader(getTranslation("execution.progress.open"))
                .setAutoWidth(true);
        staff.addColumn(row -> VnFormats.number(row.figures().contacted()))
                .setHeader(getTranslation("execution.progress.contacted")).setAutoWidth(true);
        staff.addColumn(row -> rate(row.figures().reached(), row.figures().reachRate(), null))
                .setHeader(getTranslation("execution.progress.reached")).setAutoWidth(true);
        staff.addColumn(row -> rate(row.figures().accepted(), row.figures().successRate(), null))
                .setHeader(getTranslation("execution.progress.success")).setAutoWidth(true);
        staff.addColumn(row -> satisfaction(row.figures().satisfaction(), null))
                .setHeader(getTranslation("execution.progress.satisfaction")).setAutoWidth(true);
        staff.addColumn(row -> VnFormats.money(row.figures().budgetUsed()))
                .setHeader(getTranslation("execution.progress.budget")).setAutoWidth(true);
        staff.setAllRowsVisible(true);
        staff.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        staff.setId("progress-staff");
        Paragraph note = new Paragraph(getTranslation("execution.progress.note"));
        note.addClassName("progress-note");
        add(campaign, units, note, staffTitle, staff);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("campaign", List.of());
        if (!asked.isEmpty() && campaign.getValue() != null) {
            campaign.getListDataView().getItems().filter(item -> String.valueOf(item.id()).equals(asked.getFirst()))
                    .findFirst().ifPresent(campaign::setValue);
        }
        if (campaign.getValue() != null) {
            refresh();
        }
    }

    private void refresh() {
        List<UnitProgress> rows = progress.units(campaign.getValue().id());
        units.setItems(rows);
        if (rows.size() == 1) {
            units.select(rows.getFirst());
        } else {
            showStaff(null);
        }
    }

    private void showStaff(@Nullable UnitProgress unit) {
        staff.setVisible(unit != null);
        staffTitle.setText(unit == null ? getTranslation("execution.progress.pickUnit")
                : getTranslation("execution.progress.staffOf", unit.unitName()));
        if (unit != null) {
            staff.setItems(progress.staff(campaign.getValue().id(), unit.unitId()));
        }
    }

    private String rate(long count, @Nullable BigDecimal rate, @Nullable Integer target) {
        String percent = rate == null ? "—" : VnFormats.number(rate);
        String shown = VnFormats.number(count) + " · " + percent + " %";
        return target == null ? shown : VnFormats.number(count) + " · "
                + getTranslation("execution.progress.rateVsTarget", percent, target);
    }

    private String satisfaction(@Nullable BigDecimal average, @Nullable BigDecimal target) {
        String shown = average == null ? "—" : VnFormats.number(average);
        return target == null ? shown : getTranslation("execution.progress.satisfactionVsTarget", shown,
                VnFormats.number(target));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("execution.progress.title");
    }
}
