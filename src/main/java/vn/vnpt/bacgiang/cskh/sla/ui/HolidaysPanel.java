package vn.vnpt.bacgiang.cskh.sla.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.sla.CalendarSettings;
import vn.vnpt.bacgiang.cskh.sla.Holiday;

/** The holidays of one year at a time, added, edited and deleted by the Admin. */
class HolidaysPanel extends VerticalLayout {

    private final CalendarSettings settings;
    private final Select<Integer> year = new Select<>();
    private final Grid<Holiday> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    HolidaysPanel(CalendarSettings settings, Clock clock) {
        this.settings = settings;
        setPadding(false);
        addClassName("calendar-holidays");
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("sla.calendar.year"));
        year.setItems(settings.years(thisYear));
        year.setValue(thisYear);
        year.addValueChangeListener(event -> refresh());
        Button add = new Button(getTranslation("sla.holiday.new"), VaadinIcon.PLUS.create(),
                click -> edit(new Holiday(), "sla.holiday.new"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H3(getTranslation("sla.calendar.holidays")), year, add);
        header.addClassName("calendar-section-header");

        grid.addColumn(holiday -> VnFormats.date(Objects.requireNonNull(holiday.getDay())))
                .setHeader(getTranslation("sla.holiday.day")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(holiday -> getTranslation("sla.weekday." + holiday.getDay().getDayOfWeek().getValue()))
                .setHeader(getTranslation("sla.period.weekday")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Holiday::getName).setHeader(getTranslation("sla.holiday.name")).setFlexGrow(2);
        grid.addColumn(holiday -> getTranslation(holiday.getKind().labelKey()))
                .setHeader(getTranslation("sla.holiday.kind"));
        grid.addComponentColumn(this::actions).setKey("actions").setFlexGrow(0).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addClassName("calendar-holidays-grid");
        empty.setText(getTranslation("sla.calendar.noHolidays"));
        add(header, grid, empty);
        refresh();
    }

    private Span actions(Holiday holiday) {
        String label = VnFormats.date(Objects.requireNonNull(holiday.getDay()));
        Button edit = new Button(VaadinIcon.EDIT.create(),
                click -> edit(settings.holiday(Objects.requireNonNull(holiday.getId())), "sla.holiday.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("sla.action.edit") + " " + label);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> delete(holiday));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("sla.action.delete") + " " + label);
        return new Span(edit, delete);
    }

    private void refresh() {
        if (year.getValue() == null) {
            return; // the choice of years is being replaced
        }
        List<Holiday> holidays = settings.holidays(year.getValue());
        grid.setItems(holidays);
        grid.setVisible(!holidays.isEmpty());
        empty.setVisible(holidays.isEmpty());
    }

    private void edit(Holiday holiday, String titleKey) {
        EditorDialog<Holiday> dialog = new EditorDialog<>(getTranslation(titleKey), new HolidayForm(), holiday,
                settings::saveHoliday, () -> holiday.getId() == null ? holiday : settings.holiday(holiday.getId()));
        dialog.addSavedListener(saved -> {
            int savedYear = Objects.requireNonNull(((Holiday) saved.saved()).getDay()).getYear();
            if (savedYear != year.getValue()) {
                year.setItems(settings.years(savedYear));
                year.setValue(savedYear);
            }
            refresh();
        });
        dialog.open();
    }

    private void delete(Holiday holiday) {
        if (UserAction.run(this, () -> settings.deleteHoliday(holiday))) {
            Notifications.success(getTranslation("sla.holiday.deleted"));
        }
        refresh();
    }
}
