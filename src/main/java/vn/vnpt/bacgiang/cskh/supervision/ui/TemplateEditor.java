package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistSubject;
import vn.vnpt.bacgiang.cskh.supervision.ItemDraft;
import vn.vnpt.bacgiang.cskh.supervision.ItemType;
import vn.vnpt.bacgiang.cskh.supervision.SectionDraft;
import vn.vnpt.bacgiang.cskh.supervision.TemplateDraft;

/**
 * The form of one template: its name and subject, and sections of items that can be added, removed
 * and changed. It builds the draft the service saves as a new revision, and shows the service's
 * refusal beside the field it names ({@code sections[0].items[1].weight}).
 */
class TemplateEditor extends Div {

    private final @Nullable String code;
    private final TextField name = new TextField();
    private final Select<ChecklistSubject> subject = new Select<>();
    private final Div sectionsBox = new Div();
    private final Span sectionsError = new Span();
    private final List<SectionRow> sections = new ArrayList<>();
    private final Map<String, HasValidation> fields = new HashMap<>();

    TemplateEditor(TemplateDraft draft) {
        this.code = draft.code();
        addClassName("template-editor");
        name.setLabel(getTranslation("supervision.template.name"));
        name.setValue(draft.name());
        name.setWidthFull();
        name.setMaxLength(200);
        subject.setLabel(getTranslation("supervision.template.subject"));
        subject.setItems(ChecklistSubject.values());
        subject.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        subject.setValue(draft.subject());
        subject.setReadOnly(draft.code() != null);
        sectionsError.addClassName("editor-error");
        sectionsError.setVisible(false);
        Button addSection = new Button(getTranslation("supervision.template.addSection"), VaadinIcon.PLUS.create(),
                click -> addSection(new SectionDraft("", List.of())));
        addSection.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div head = new Div(name, subject);
        head.addClassName("template-head");
        add(head, sectionsBox, sectionsError, addSection);
        draft.sections().forEach(this::addSection);
    }

    /** The draft as the form holds it now, fields remembered by the names the service gives in a refusal. */
    TemplateDraft draft() {
        fields.clear();
        fields.put("name", name);
        fields.put("subject", subject);
        List<SectionDraft> drafts = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            drafts.add(sections.get(s).draft("sections[" + s + "]"));
        }
        return new TemplateDraft(code, name.getValue(), subject.getValue(), drafts);
    }

    /** Shows a refusal beside its field; false when the field is not in this form. */
    boolean showError(@Nullable String field, String message) {
        clearErrors();
        if ("sections".equals(field)) {
            sectionsError.setText(message);
            sectionsError.setVisible(true);
            return true;
        }
        HasValidation component = fields.get(Objects.requireNonNullElse(field, ""));
        if (component == null) {
            return false;
        }
        component.setErrorMessage(message);
        component.setInvalid(true);
        return true;
    }

    void clearErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
        sectionsError.setVisible(false);
    }

    private void addSection(SectionDraft draft) {
        SectionRow row = new SectionRow(draft);
        sections.add(row);
        sectionsBox.add(row);
    }

    private final class SectionRow extends Div {

        private final TextField title = new TextField();
        private final Div itemsBox = new Div();
        private final Span itemsError = new Span();
        private final List<ItemRow> items = new ArrayList<>();

        SectionRow(SectionDraft draft) {
            addClassName("section-editor");
            title.setLabel(getTranslation("supervision.template.sectionTitle"));
            title.setValue(draft.title());
            title.setMaxLength(200);
            title.addClassName("section-title-field");
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                sections.remove(this);
                sectionsBox.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("supervision.template.removeSection"));
            remove.setTooltipText(getTranslation("supervision.template.removeSection"));
            Div head = new Div(title, remove);
            head.addClassName("section-editor-head");
            itemsError.addClassName("editor-error");
            itemsError.setVisible(false);
            Button addItem = new Button(getTranslation("supervision.template.addItem"), VaadinIcon.PLUS.create(),
                    click -> addItem(new ItemDraft(null, "", ItemType.YES_NO_NA, 1, false, false)));
            addItem.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(head, itemsBox, itemsError, addItem);
            draft.items().forEach(this::addItem);
        }

        private void addItem(ItemDraft draft) {
            ItemRow row = new ItemRow(draft, this);
            items.add(row);
            itemsBox.add(row);
        }

        SectionDraft draft(String path) {
            fields.put(path + ".title", title);
            fields.put(path + ".items", new SpanValidation(itemsError));
            List<ItemDraft> drafts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                drafts.add(items.get(i).draft(path + ".items[" + i + "]"));
            }
            return new SectionDraft(title.getValue(), drafts);
        }
    }

    private final class ItemRow extends Div {

        private final @Nullable String key;
        private final TextArea text = new TextArea();
        private final Select<ItemType> type = new Select<>();
        private final IntegerField weight = new IntegerField();
        private final Checkbox critical = new Checkbox();
        private final Checkbox evidenceOnFail = new Checkbox();

        ItemRow(ItemDraft draft, SectionRow section) {
            this.key = draft.key();
            addClassName("item-editor");
            text.setLabel(getTranslation("supervision.template.itemText"));
            text.setValue(draft.text());
            text.setMaxLength(500);
            text.addClassName("item-text-field");
            type.setLabel(getTranslation("supervision.template.itemType"));
            type.setItems(ItemType.values());
            type.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
            type.setValue(draft.type());
            weight.setLabel(getTranslation("supervision.template.weight"));
            weight.setValue(draft.weight());
            weight.setStepButtonsVisible(true);
            weight.addClassName("item-weight-field");
            critical.setLabel(getTranslation("supervision.template.critical"));
            critical.setValue(draft.critical());
            evidenceOnFail.setLabel(getTranslation("supervision.template.evidenceOnFail"));
            evidenceOnFail.setValue(draft.evidenceOnFail());
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                section.items.remove(this);
                section.itemsBox.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("supervision.template.removeItem"));
            remove.setTooltipText(getTranslation("supervision.template.removeItem"));
            type.addValueChangeListener(event -> scoredOnly(event.getValue() != null && event.getValue().scored()));
            scoredOnly(draft.type().scored());
            Div flags = new Div(critical, evidenceOnFail, remove);
            flags.addClassName("item-flags");
            add(text, type, weight, flags);
        }

        private void scoredOnly(boolean scored) {
            weight.setEnabled(scored);
            critical.setEnabled(scored);
            evidenceOnFail.setEnabled(scored);
        }

        ItemDraft draft(String path) {
            fields.put(path + ".text", text);
            fields.put(path + ".weight", weight);
            Integer value = weight.getValue();
            return new ItemDraft(key, text.getValue(), Objects.requireNonNullElse(type.getValue(), ItemType.YES_NO_NA),
                    value == null ? 0 : value, critical.getValue(), evidenceOnFail.getValue());
        }
    }

    /** A section's "needs an item" message, shown under its items like a field's error. */
    private record SpanValidation(Span span) implements HasValidation {

        @Override
        public void setErrorMessage(String errorMessage) {
            span.setText(errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return span.getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            span.setVisible(invalid);
        }

        @Override
        public boolean isInvalid() {
            return span.isVisible();
        }
    }
}
