package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.execution.ContactEntry;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.TaskDetails;

/**
 * The one form a contact is logged with: channel (the orientation's), outcome, gift, satisfaction
 * when reached, callback time when not reached, note. Enter anywhere in the form saves.
 */
class ContactForm extends Composite<FormLayout> {

    private final Select<CareChannel> channel = new Select<>();
    private final RadioButtonGroup<ContactOutcome> outcome = new RadioButtonGroup<>();
    private final Checkbox gift = new Checkbox();
    private final RadioButtonGroup<Integer> satisfaction = new RadioButtonGroup<>();
    private final DateTimePicker callback = new DateTimePicker();
    private final TextField note = new TextField();
    private final Button save = new Button();
    private final TaskDetails task;

    ContactForm(TaskDetails task, Consumer<ContactEntry> onSave) {
        this.task = task;
        FormLayout form = getContent();
        form.addClassName("contact-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        channel.setLabel(getTranslation("execution.contact.channel"));
        channel.setId("contact-channel");
        channel.setItems(task.channels().stream().sorted().toList());
        channel.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        channel.setValue(task.channels().stream().sorted().findFirst().orElse(null));

        outcome.setLabel(getTranslation("execution.contact.outcome"));
        outcome.setId("contact-outcome");
        outcome.setItems(ContactOutcome.values());
        outcome.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.addValueChangeListener(change -> showFor(change.getValue()));

        gift.setLabel(getTranslation("execution.contact.gift"));
        gift.setId("contact-gift");
        satisfaction.setLabel(getTranslation("execution.contact.satisfaction"));
        satisfaction.setId("contact-satisfaction");
        satisfaction.setItems(List.of(1, 2, 3, 4, 5));
        callback.setLabel(getTranslation("execution.contact.callback"));
        callback.setId("contact-callback");
        callback.setLocale(getLocale());
        callback.setStep(java.time.Duration.ofMinutes(15));
        note.setLabel(getTranslation("execution.contact.note"));
        note.setId("contact-note");
        note.setMaxLength(ContactEntry.NOTE_MAX);
        note.setClearButtonVisible(true);

        save.setText(getTranslation("execution.contact.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(form);
        save.addClickListener(click -> {
            clearErrors();
            onSave.accept(entry());
        });
        form.add(channel, outcome, gift, satisfaction, callback, note, save);
        form.setColspan(outcome, 2);
        form.setColspan(note, 2);
        showFor(null);
    }

    /** Puts the keyboard in the form, on the channel, for the next contact. */
    void focus() {
        channel.focus();
    }

    /** Shows a refusal next to the field it is about (and returns whether there was one). */
    boolean show(RuleViolation violation) {
        Map<String, HasValidation> fields = Map.of("channel", channel, "outcome", outcome, "callbackAt", callback,
                "satisfaction", satisfaction, "note", note);
        HasValidation field = violation.field() == null ? null : fields.get(violation.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
        field.setInvalid(true);
        return true;
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(channel, outcome, callback, satisfaction, note)) {
            field.setInvalid(false);
        }
    }

    private void showFor(@Nullable ContactOutcome chosen) {
        boolean reached = chosen != null && chosen.reached();
        satisfaction.setVisible(reached);
        gift.setVisible(reached);
        callback.setVisible(chosen == ContactOutcome.NOT_REACHED && !task.lastAttempt());
    }

    private ContactEntry entry() {
        ContactOutcome chosen = outcome.getValue();
        boolean reached = chosen != null && chosen.reached();
        LocalDateTime at = callback.getValue();
        return new ContactEntry(task.task().taskId(), task.task().version(), channel.getValue(), chosen,
                reached && gift.getValue(), reached ? satisfaction.getValue() : null,
                chosen == ContactOutcome.NOT_REACHED && at != null ? at.atZone(VnFormats.ZONE).toInstant() : null,
                note.getValue());
    }
}
