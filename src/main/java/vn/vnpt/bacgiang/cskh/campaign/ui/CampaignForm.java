package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;
import java.util.List;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BeanForm;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.ProgrammeType;
import vn.vnpt.bacgiang.cskh.segment.Segment;

/** A campaign's details: name, programme type, objective, period and the segment it targets. */
class CampaignForm extends BeanForm<Campaign> {

    CampaignForm(List<Segment> segments) {
        super(Campaign.class);
        TextField name = new TextField(getTranslation("campaign.field.name"));
        Select<ProgrammeType> type = new Select<>();
        type.setLabel(getTranslation("campaign.field.type"));
        type.setItems(ProgrammeType.values());
        type.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        TextArea objective = new TextArea(getTranslation("campaign.field.objective"));
        DatePicker start = datePicker("campaign.field.periodStart");
        DatePicker end = datePicker("campaign.field.periodEnd");
        ComboBox<Segment> segment = new ComboBox<>(getTranslation("campaign.field.segment"), segments);
        segment.setItemLabelGenerator(Segment::getName);
        segment.setClearButtonVisible(true);
        segment.setPlaceholder(getTranslation("campaign.segment.none"));

        binder.forField(name).asRequired().bind("name");
        binder.forField(type).asRequired().bind("programmeType");
        binder.forField(objective).bind("objective");
        binder.forField(start).bind("periodStart");
        binder.forField(end).bind("periodEnd");
        binder.forField(segment).withConverter(Converter.<Segment, Long>from(
                chosen -> Result.ok(chosen == null ? null : chosen.getId()),
                id -> segments.stream().filter(candidate -> Objects.equals(candidate.getId(), id)).findFirst()
                        .orElse(null))).bind("segmentId");

        getContent().add(name, type, segment, objective, start, end);
        getContent().setColspan(name, 2);
        getContent().setColspan(objective, 2);
    }

    private DatePicker datePicker(String labelKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(VnFormats.DATE_PATTERN).setFirstDayOfWeek(1));
        return picker;
    }
}
