package vn.vnpt.bacgiang.cskh.sla.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.sla.CalendarSettings;
import vn.vnpt.bacgiang.cskh.sla.WorkingPeriod;

/** The opening periods of each weekday, added, edited and deleted by the Admin. */
class PeriodsPanel extends VerticalLayout {

    private final CalendarSettings settings;
    private final Grid<WorkingPeriod> grid = new Grid<>();

    PeriodsPanel(CalendarSettings settings) {
        this.settings = settings;
        setPadding(false);
        addClassName("calendar-periods");
        Button add = new Button(getTranslation("sla.period.new"), VaadinIcon.PLUS.create(),
                click -> edit(new WorkingPeriod(), "sla.period.new"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H3(getTranslation("sla.calendar.periods")), add);
        header.addClassName("calendar-section-header");

        grid.addColumn(period -> getTranslation("sla.weekday." + period.getWeekday()))
                .setHeader(getTranslation("sla.period.weekday"));
        grid.addColumn(WorkingPeriod::getStart).setHeader(getTranslation("sla.period.start"));
        grid.addColumn(WorkingPeriod::getEnd).setHeader(getTranslation("sla.period.end"));
        grid.addComponentColumn(this::actions).setKey("actions").setFlexGrow(0).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addClassName("calendar-periods-grid");
        add(header, grid);
        refresh();
    }

    private Span actions(WorkingPeriod period) {
        String label = getTranslation("sla.weekday." + period.getWeekday()) + " " + period.getStart();
        Button edit = new Button(VaadinIcon.EDIT.create(),
                click -> edit(settings.period(Objects.requireNonNull(period.getId())), "sla.period.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("sla.action.edit") + " " + label);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> delete(period));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("sla.action.delete") + " " + label);
        return new Span(edit, delete);
    }

    private void refresh() {
        grid.setItems(settings.periods());
    }

    private void edit(WorkingPeriod period, String titleKey) {
        EditorDialog<WorkingPeriod> dialog = new EditorDialog<>(getTranslation(titleKey), new PeriodForm(), period,
                settings::savePeriod,
                () -> period.getId() == null ? new WorkingPeriod() : settings.period(period.getId()));
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }

    private void delete(WorkingPeriod period) {
        if (UserAction.run(this, () -> settings.deletePeriod(period))) {
            Notifications.success(getTranslation("sla.period.deleted"));
        }
        refresh();
    }
}
