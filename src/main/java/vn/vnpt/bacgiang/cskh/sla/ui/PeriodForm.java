package vn.vnpt.bacgiang.cskh.sla.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.stream.IntStream;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.sla.WorkingPeriod;

class PeriodForm extends BeanForm<WorkingPeriod> {

    PeriodForm() {
        super(WorkingPeriod.class);
        Select<Integer> weekday = new Select<>();
        weekday.setLabel(getTranslation("sla.period.weekday"));
        weekday.setItems(IntStream.rangeClosed(1, 7).boxed().toList());
        weekday.setItemLabelGenerator(day -> getTranslation("sla.weekday." + day));
        TimePicker start = new TimePicker(getTranslation("sla.period.start"));
        TimePicker end = new TimePicker(getTranslation("sla.period.end"));
        for (TimePicker time : new TimePicker[] {start, end}) {
            time.setStep(Duration.ofMinutes(15));
        }

        binder.forField(weekday).asRequired().bind("weekday");
        binder.forField(start).asRequired().bind("start");
        binder.forField(end).asRequired().bind("end");

        getContent().add(weekday, start, end);
        getContent().setColspan(weekday, 2);
    }
}
