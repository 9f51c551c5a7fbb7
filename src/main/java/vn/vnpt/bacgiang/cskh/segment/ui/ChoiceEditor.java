package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.CriterionType;

/** A criterion that is any of a set of values: districts, kinds, services, tiers... */
class ChoiceEditor<T> extends CriterionEditor {

    private final MultiSelectComboBox<T> choice = new MultiSelectComboBox<>();
    private final Function<Set<T>, Criterion> toCriterion;

    ChoiceEditor(CriterionType type, Collection<T> items, ItemLabelGenerator<T> label, Set<T> selected,
                 Function<Set<T>, Criterion> toCriterion) {
        super(type);
        this.toCriterion = toCriterion;
        choice.setItems(items);
        choice.setItemLabelGenerator(label);
        choice.setAriaLabel(getTranslation(type.labelKey()));
        choice.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        choice.addClassName("segment-choice");
        choice.setValue(selected);
        choice.addValueChangeListener(event -> changed());
        addFields(choice);
    }

    @Override
    Criterion value() {
        return toCriterion.apply(choice.getValue());
    }

    @Override
    List<? extends HasValidation> validatedFields() {
        return List.of(choice);
    }
}
