package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistItem;
import vn.vnpt.bacgiang.cskh.supervision.EvidenceInfo;
import vn.vnpt.bacgiang.cskh.supervision.InspectionAnswer;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.ItemType;

/**
 * One checklist item on the fill view, as a card a thumb can work: the question, its answer
 * (big choices for yes/no/NA and 0–5), a comment, and evidence. Every change is handed to
 * {@code save} at once (value, comment); an upload to {@code attach}.
 */
class ItemCard extends Div {

    private final ChecklistItem item;
    private final boolean editable;
    private final Div files = new Div();
    private final Predicate<EvidenceInfo> removable;
    private final RemoveCallback remove;
    private final Span flag = new Span();
    private @Nullable HasValue<?, ?> answerField;
    private @Nullable TextArea comment;

    ItemCard(ChecklistItem item, @Nullable InspectionAnswer answer, List<EvidenceInfo> evidence, boolean editable,
             InspectionService inspections, BiConsumer<@Nullable String, @Nullable String> save,
             UploadCallback attach, Predicate<EvidenceInfo> removable, RemoveCallback remove) {
        this.item = item;
        this.editable = editable;
        this.removable = removable;
        this.remove = remove;
        addClassName("item-card");
        setId("item-" + item.getId());
        Div question = new Div(new Span(item.getText()));
        question.addClassName("item-question");
        if (item.isCritical()) {
            Span critical = new Span(getTranslation("supervision.item.critical"));
            critical.getElement().getThemeList().add("badge error pill small");
            question.add(critical);
        }
        if (item.isEvidenceOnFail()) {
            Span needs = new Span(getTranslation("supervision.item.evidenceOnFail"));
            needs.getElement().getThemeList().add("badge contrast pill small");
            question.add(needs);
        }
        flag.addClassName("item-flag");
        add(question);
        String value = answer == null ? null : answer.getValue();
        switch (item.getType()) {
            case YES_NO_NA -> answerField = choices(List.of("YES", "NO", "NA"), value, editable, save);
            case SCORE_0_5 -> answerField = choices(List.of("0", "1", "2", "3", "4", "5"), value, editable, save);
            case NUMBER -> answerField = number(value, editable, save);
            case TEXT -> answerField = text(value, editable, save);
            case EVIDENCE -> { }
        }
        if (item.getType().scored()) {
            TextArea note = new TextArea(getTranslation("supervision.item.comment"));
            note.setValue(answer == null || answer.getComment() == null ? "" : answer.getComment());
            note.setMaxLength(1000);
            note.setWidthFull();
            note.setReadOnly(!editable);
            note.setVisible(editable || !note.getValue().isEmpty());
            note.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    save.accept(currentValue(), note.getValue());
                }
            });
            comment = note;
            add(note);
        }
        add(flag, files);
        files.addClassName("item-files");
        evidence.forEach(file -> showFile(file, inspections));
        if (editable && (item.getType() == ItemType.EVIDENCE || item.isEvidenceOnFail())) {
            add(upload(attach, inspections));
        }
    }

    long itemId() {
        return item.getId();
    }

    /** Marks the card failing or knocked out as the score changes. */
    void show(boolean failing, boolean knockOut) {
        setClassName("item-failing", failing);
        setClassName("item-knocked-out", knockOut);
        String verdict = getTranslation(knockOut ? "supervision.item.knockedOut" : "supervision.item.failing");
        flag.setText(editable && item.isEvidenceOnFail()
                ? verdict + " " + getTranslation("supervision.item.needsEvidence") : verdict);
        flag.setVisible(failing);
    }

    void showFile(EvidenceInfo file, InspectionService inspections) {
        Div row = EvidenceFiles.row(file.fileName(), file.mediaType(), file.uploadedAt(), file.uploadedBy(),
                preview -> inspections.evidenceContent(file.id(), preview));
        if (removable.test(file)) {
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
                if (remove.remove(file)) {
                    files.remove(row);
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("supervision.evidence.remove", file.fileName()));
            delete.setTooltipText(getTranslation("supervision.evidence.remove", file.fileName()));
            delete.addClassName("item-file-remove");
            row.add(delete);
        }
        files.add(row);
    }

    private @Nullable String currentValue() {
        if (answerField == null) {
            return null;
        }
        Object value = answerField.getValue();
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private @Nullable String currentComment() {
        return comment == null ? null : comment.getValue();
    }

    private RadioButtonGroup<String> choices(List<String> options, @Nullable String value, boolean editable,
                                             BiConsumer<@Nullable String, @Nullable String> save) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(getTranslation("supervision.item.answer"));
        group.setAriaLabel(item.getText());
        group.setItems(options);
        group.setItemLabelGenerator(option -> getTranslation("supervision.choice." + option));
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        group.addClassName(item.getType() == ItemType.YES_NO_NA ? "choices-yes-no" : "choices-score");
        if (value != null) {
            group.setValue(value);
        }
        group.setReadOnly(!editable);
        group.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save.accept(event.getValue(), currentComment());
            }
        });
        add(group);
        return group;
    }

    private BigDecimalField number(@Nullable String value, boolean editable,
                                   BiConsumer<@Nullable String, @Nullable String> save) {
        BigDecimalField field = new BigDecimalField(getTranslation("supervision.item.number"));
        field.setAriaLabel(item.getText());
        field.setWidthFull();
        if (value != null) {
            field.setValue(new BigDecimal(value));
        }
        field.setReadOnly(!editable);
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save.accept(currentValue(), currentComment());
            }
        });
        add(field);
        return field;
    }

    private TextArea text(@Nullable String value, boolean editable,
                          BiConsumer<@Nullable String, @Nullable String> save) {
        TextArea area = new TextArea(getTranslation("supervision.item.text"));
        area.setAriaLabel(item.getText());
        area.setWidthFull();
        area.setMaxLength(2000);
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!editable);
        area.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save.accept(currentValue(), currentComment());
            }
        });
        add(area);
        return area;
    }

    private Component upload(UploadCallback attach, InspectionService inspections) {
        return EvidenceFiles.upload(this, "supervision.item.upload", (fileName, bytes) -> {
            EvidenceInfo saved = attach.attach(fileName, bytes);
            if (saved != null) {
                showFile(saved, inspections);
            }
        });
    }

    /** Removes a file; false when refused (the refusal is already shown). */
    interface RemoveCallback {
        boolean remove(EvidenceInfo file);
    }

    /** Stores an uploaded file; null when refused (the refusal is already shown). */
    interface UploadCallback {
        @Nullable EvidenceInfo attach(String fileName, byte[] content);
    }
}
