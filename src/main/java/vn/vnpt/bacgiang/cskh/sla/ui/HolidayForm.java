package vn.vnpt.bacgiang.cskh.sla.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.sla.Holiday;
import vn.vnpt.bacgiang.cskh.sla.HolidayKind;

class HolidayForm extends BeanForm<Holiday> {

    HolidayForm() {
        super(Holiday.class);
        DatePicker day = new DatePicker(getTranslation("sla.holiday.day"));
        day.setI18n(new DatePicker.DatePickerI18n().setDateFormat(VnFormats.DATE_PATTERN).setFirstDayOfWeek(1));
        Select<HolidayKind> kind = new Select<>();
        kind.setLabel(getTranslation("sla.holiday.kind"));
        kind.setItems(HolidayKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        TextField name = new TextField(getTranslation("sla.holiday.name"));

        binder.forField(day).asRequired().bind("day");
        binder.forField(kind).asRequired().bind("kind");
        binder.forField(name).asRequired().bind("name");

        getContent().add(day, kind, name);
        getContent().setColspan(name, 2);
    }
}
