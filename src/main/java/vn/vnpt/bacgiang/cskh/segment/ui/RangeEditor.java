package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.CriterionType;

/** A criterion on a number between two bounds, either of which may be left open. */
class RangeEditor extends CriterionEditor {

    private final IntegerField from = new IntegerField(getTranslation("segment.range.from"));
    private final IntegerField to = new IntegerField(getTranslation("segment.range.to"));
    private final BiFunction<@Nullable Long, @Nullable Long, Criterion> toCriterion;

    RangeEditor(CriterionType type, @Nullable Number initialFrom, @Nullable Number initialTo, @Nullable String unit,
                BiFunction<@Nullable Long, @Nullable Long, Criterion> toCriterion) {
        super(type);
        this.toCriterion = toCriterion;
        for (IntegerField field : List.of(from, to)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(event -> changed());
            field.addClassName("segment-number");
            if (unit != null) {
                field.setSuffixComponent(new Span(unit));
            }
        }
        from.setValue(initialFrom == null ? null : initialFrom.intValue());
        to.setValue(initialTo == null ? null : initialTo.intValue());
        addFields(from, to);
    }

    @Override
    Criterion value() {
        return toCriterion.apply(asLong(from.getValue()), asLong(to.getValue()));
    }

    @Override
    List<? extends HasValidation> validatedFields() {
        return List.of(from, to);
    }

    private static @Nullable Long asLong(@Nullable Integer value) {
        return value == null ? null : value.longValue();
    }
}
