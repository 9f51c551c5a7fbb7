package vn.vnpt.bacgiang.cskh.audit.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import vn.vnpt.bacgiang.cskh.audit.AuditAction;
import vn.vnpt.bacgiang.cskh.audit.AuditFilter;

/** The audit trail's filters; every change announces the whole new filter. The bar wraps on narrow screens. */
class AuditFilterBar extends Composite<FlexLayout> {

    private final ComboBox<String> recordType = new ComboBox<>();
    private final TextField recordId = new TextField();
    private final TextField actor = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditFilterBar(List<String> recordTypes) {
        recordType.setLabel(getTranslation("audit.filter.type"));
        recordType.setItems(recordTypes);
        recordType.setClearButtonVisible(true);
        textFilter(recordId, "audit.filter.id");
        textFilter(actor, "audit.filter.actor");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.anyAction"));
        // Select labels its empty choice through the generator too, with null.
        action.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        dateFilter(from, "audit.filter.from");
        dateFilter(to, "audit.filter.to");
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));

        filters().forEach(filter -> filter.addValueChangeListener(change -> fireEvent(new FilterChanged(this))));

        getContent().addClassName("audit-filter-bar");
        getContent().add(recordType, recordId, actor, action, from, to);
    }

    private List<HasValue<?, ?>> filters() {
        return List.of(recordType, recordId, actor, action, from, to);
    }

    private void textFilter(TextField field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private void dateFilter(DatePicker field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setI18n(DatePickerTexts.of(this));
    }

    void clear() {
        filters().forEach(HasValue::clear);
    }

    /** A link's filters ({@code type}, {@code from}, {@code to} as yyyy-MM-dd); values that do not parse are ignored. */
    void apply(java.util.Map<String, List<String>> parameters) {
        first(parameters, "type").ifPresent(recordType::setValue);
        first(parameters, "from").flatMap(AuditFilterBar::date).ifPresent(from::setValue);
        first(parameters, "to").flatMap(AuditFilterBar::date).ifPresent(to::setValue);
    }

    private static java.util.Optional<String> first(java.util.Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static java.util.Optional<java.time.LocalDate> date(String text) {
        try {
            return java.util.Optional.of(java.time.LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException notADate) {
            return java.util.Optional.empty();
        }
    }

    AuditFilter filter() {
        return new AuditFilter(recordType.getValue(), recordId.getValue(), actor.getValue(), action.getValue(),
                from.getValue(), to.getValue());
    }

    Registration addFilterChangeListener(ComponentEventListener<FilterChanged> listener) {
        return addListener(FilterChanged.class, listener);
    }

    /** The Admin changed a filter. */
    static final class FilterChanged extends ComponentEvent<AuditFilterBar> {

        private final AuditFilter filter;

        FilterChanged(AuditFilterBar source) {
            super(source, false);
            this.filter = source.filter();
        }

        AuditFilter filter() {
            return filter;
        }
    }
}
