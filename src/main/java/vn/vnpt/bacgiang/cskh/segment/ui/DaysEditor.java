package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.CriterionType;

/** A criterion on something that happened within the last N days. */
class DaysEditor extends CriterionEditor {

    private final IntegerField days = new IntegerField(getTranslation("segment.days.within"));
    private final Function<@Nullable Integer, Criterion> toCriterion;

    DaysEditor(CriterionType type, @Nullable Integer initial, Function<@Nullable Integer, Criterion> toCriterion) {
        super(type);
        this.toCriterion = toCriterion;
        days.setValueChangeMode(ValueChangeMode.LAZY);
        days.addClassName("segment-number");
        days.setValue(initial);
        days.addValueChangeListener(event -> changed());
        addFields(days);
    }

    @Override
    Criterion value() {
        return toCriterion.apply(days.getValue());
    }

    @Override
    List<? extends HasValidation> validatedFields() {
        return List.of(days);
    }
}
