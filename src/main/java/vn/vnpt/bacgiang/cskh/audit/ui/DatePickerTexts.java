package vn.vnpt.bacgiang.cskh.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/**
 * A date picker's texts in the user's language. Both languages show and read dates as dd/MM/yyyy and
 * start the week on Monday, as Vietnamese calendars do.
 */
final class DatePickerTexts {

    private static final int MONDAY = 1;

    private DatePickerTexts() {
    }

    static DatePickerI18n of(Component owner) {
        return new DatePickerI18n()
                .setDateFormats(VnFormats.DATE_PATTERN, "d/M/yyyy", "d/M/yy")
                .setMonthNames(list(owner, "audit.date.months"))
                .setWeekdays(list(owner, "audit.date.weekdays"))
                .setWeekdaysShort(list(owner, "audit.date.weekdaysShort"))
                .setFirstDayOfWeek(MONDAY)
                .setToday(owner.getTranslation("audit.date.today"))
                .setCancel(owner.getTranslation("audit.date.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("audit.date.badInput"))
                .setMinErrorMessage(owner.getTranslation("audit.date.beforeFrom"))
                .setMaxErrorMessage(owner.getTranslation("audit.date.afterTo"));
    }

    private static List<String> list(Component owner, String key) {
        return List.of(owner.getTranslation(key).split("\\s*,\\s*"));
    }
}
