package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.CriterionType;

/** Birthdays from one day of the year to another, typed as dd/MM; a period may span New Year. */
class BirthdayEditor extends CriterionEditor {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final TextField from = new TextField(getTranslation("segment.range.from"));
    private final TextField to = new TextField(getTranslation("segment.range.to"));

    BirthdayEditor(Criterion.Birthday initial) {
        super(CriterionType.BIRTHDAY);
        for (TextField field : List.of(from, to)) {
            field.setPlaceholder(getTranslation("segment.birthday.placeholder"));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(event -> changed());
            field.addClassName("segment-day");
        }
        from.setValue(initial.from() == null ? "" : DAY_MONTH.format(initial.from()));
        to.setValue(initial.to() == null ? "" : DAY_MONTH.format(initial.to()));
        addFields(from, to);
    }

    @Override
    Criterion value() {
        return new Criterion.Birthday(parse(from), parse(to));
    }

    @Override
    List<? extends HasValidation> validatedFields() {
        return List.of(from, to);
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
