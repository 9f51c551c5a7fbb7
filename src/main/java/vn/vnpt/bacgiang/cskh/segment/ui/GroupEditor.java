package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.segment.CriteriaGroup;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.CriterionType;

/** One AND group: its criteria, a picker to add one of any type, and a button to drop the group. */
class GroupEditor extends Div {

    private final CriterionEditors editors;
    private final Runnable changed;
    private final List<CriterionEditor> criteria = new ArrayList<>();
    private final Div rows = new Div();
    private final Span title = new Span();
    private final Span or = new Span();
    private final Span empty = new Span();

    GroupEditor(CriterionEditors editors, CriteriaGroup initial, Runnable changed, Runnable remove) {
        this.editors = editors;
        this.changed = changed;
        addClassName("segment-group");
        title.addClassName("segment-group-title");
        or.setText(getTranslation("segment.group.or"));
        or.addClassName("segment-group-or");
        Span hint = new Span(getTranslation("segment.group.hint"));
        hint.addClassName("segment-group-hint");
        Button removeGroup = new Button(getTranslation("segment.group.remove"), VaadinIcon.TRASH.create(),
                click -> remove.run());
        removeGroup.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Div header = new Div(or, title, hint, removeGroup);
        header.addClassName("segment-group-header");

        rows.addClassName("segment-group-criteria");
        empty.setText(getTranslation("segment.group.empty"));
        empty.addClassName("segment-group-empty");

        Select<CriterionType> add = new Select<>();
        add.setPlaceholder(getTranslation("segment.criterion.add"));
        add.setAriaLabel(getTranslation("segment.criterion.add"));
        add.setItems(CriterionType.values());
        add.setItemLabelGenerator(type -> getTranslation(type.labelKey()));
        add.addClassName("segment-add-criterion");
        add.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                addCriterion(event.getValue().blank());
                add.clear();
                changed.run();
            }
        });
        add(header, rows, empty, add);
        initial.criteria().forEach(this::addCriterion);
        empty.setVisible(criteria.isEmpty());
    }

    /** Groups after the first are alternatives to the ones before: "OR Group 2". */
    void setNumber(int number) {
        title.setText(getTranslation("segment.group", number));
        or.setVisible(number > 1);
    }

    CriteriaGroup value() {
        return new CriteriaGroup(criteria.stream().map(CriterionEditor::value).toList());
    }

    /** Marks the criterion at {@code index}, or clears every mark when the message is null. */
    void showProblem(int index, @Nullable String message) {
        for (int i = 0; i < criteria.size(); i++) {
            criteria.get(i).showProblem(i == index ? message : null);
        }
    }

    private void addCriterion(Criterion criterion) {
        CriterionEditor editor = editors.editorFor(criterion);
        editor.onChange(changed);
        editor.onRemove(() -> {
            criteria.remove(editor);
            rows.remove(editor);
            empty.setVisible(criteria.isEmpty());
            changed.run();
        });
        criteria.add(editor);
        rows.add(editor);
        empty.setVisible(false);
    }
}
