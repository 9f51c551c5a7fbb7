package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.Criterion.Birthday.Period;
import vn.vnpt.bacgiang.cskh.segment.CriterionType;

/**
 * Birthdays in the month the segment is counted, in the next N days from then, or from one day of the
 * year to another typed as dd/MM (a period may span New Year).
 */
class BirthdayEditor extends CriterionEditor {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final Select<Period> period = new Select<>();
    private final TextField from = new TextField(getTranslation("segment.range.from"));
    private final TextField to = new TextField(getTranslation("segment.range.to"));
    private final IntegerField days = new IntegerField(getTranslation("segment.birthday.days"));

    BirthdayEditor(Criterion.Birthday initial) {
        super(CriterionType.BIRTHDAY);
        period.setLabel(getTranslation("segment.birthday.period"));
        period.addClassName("segment-birthday-period");
        period.setItems(Period.values());
        period.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        period.setValue(initial.periodOrDays());
        period.addValueChangeListener(event -> {
            showFieldsOf(event.getValue());
            changed();
        });
        for (TextField field : List.of(from, to)) {
            field.setPlaceholder(getTranslation("segment.birthday.placeholder"));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(event -> changed());
            field.addClassName("segment-day");
        }
        from.setValue(initial.from() == null ? "" : DAY_MONTH.format(initial.from()));
        to.setValue(initial.to() == null ? "" : DAY_MONTH.format(initial.to()));
        days.setValueChangeMode(ValueChangeMode.LAZY);
        days.addClassName("segment-number");
        days.setValue(initial.days());
        days.addValueChangeListener(event -> changed());
        showFieldsOf(initial.periodOrDays());
        addFields(period, from, to, days);
    }

    @Override
    Criterion value() {
        return switch (period.getValue()) {
            case DAYS -> new Criterion.Birthday(parse(from), parse(to));
            case THIS_MONTH -> Criterion.Birthday.thisMonth();
            case NEXT_DAYS -> Criterion.Birthday.nextDays(days.getValue());
        };
    }

    @Override
    List<? extends HasValidation> validatedFields() {
        return switch (period.getValue()) {
            case DAYS -> List.of(from, to);
            case THIS_MONTH -> List.of(period);
            case NEXT_DAYS -> List.of(days);
        };
    }

    private void showFieldsOf(Period shown) {
        from.setVisible(shown == Period.DAYS);
        to.setVisible(shown == Period.DAYS);
        days.setVisible(shown == Period.NEXT_DAYS);
    }

    /** A day that cannot be read counts as missing; the service's message then says how to write it. */
    private static @Nullable MonthDay parse(TextField field) {
        String text = field.getValue().trim();
        if (text.isEmpty()) {
            return null;
        }
        String[] parts = text.split("[/.-]");
        if (parts.length != 2) {
            return null;
        }
        try {
            return MonthDay.of(Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[0].trim()));
        } catch (NumberFormatException | DateTimeException notADay) {
            return null;
        }
    }
}
