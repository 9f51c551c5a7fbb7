package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.time.Duration;
import java.time.Instant;
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
import vn.vnpt.bacgiang.cskh.execution.Evidence;
import vn.vnpt.bacgiang.cskh.execution.GiftLine;
import vn.vnpt.bacgiang.cskh.execution.TaskDetails;

/**
 * The one form a contact is logged with: channel (the orientation's), outcome, satisfaction when
 * reached, callback time when not reached, the visit's appointment when the call books it (campaigns
 * whose touches need a visit), the gift handed over with its signed receipt when reached, note.
 * Enter anywhere in the form saves. The same form takes each task the user opens, emptied for it.
 */
class ContactForm extends Composite<FormLayout> {

    private final Select<CareChannel> channel = new Select<>();
    private final RadioButtonGroup<ContactOutcome> outcome = new RadioButtonGroup<>();
    private final RadioButtonGroup<Integer> satisfaction = new RadioButtonGroup<>();
    private final DateTimePicker callback = new DateTimePicker();
    private final DateTimePicker appointment = new DateTimePicker();
    private final Select<GiftLine> gift = new Select<>();
    private final IntegerField giftQuantity = new IntegerField();
    private final Upload receipt = new Upload();
    private final Span receiptState = new Span();
    private final Div receiptField = new Div();
    private final TextField note = new TextField();
    private final Button save = new Button();
    private @Nullable TaskDetails task;
    private List<CareChannel> channels = List.of();
    private List<GiftLine> giftLines = List.of();
    private @Nullable Evidence evidence;
    /** Whether the upload lists a file (kept or refused), which the next task must not show. */
    private boolean receiptListed;

    ContactForm(Consumer<ContactEntry> onSave) {
        FormLayout form = getContent();
        form.addClassName("contact-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        channel.setLabel(getTranslation("execution.contact.channel"));
        channel.setId("contact-channel");
        channel.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        channel.addValueChangeListener(change -> showFor(outcome.getValue()));

        outcome.setLabel(getTranslation("execution.contact.outcome"));
        outcome.setId("contact-outcome");
        outcome.setItems(ContactOutcome.values());
        outcome.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.addValueChangeListener(change -> showFor(change.getValue()));

        satisfaction.setLabel(getTranslation("execution.contact.satisfaction"));
        satisfaction.setId("contact-satisfaction");
        satisfaction.setItems(List.of(1, 2, 3, 4, 5));
        picker(callback, "execution.contact.callback", "contact-callback");
        picker(appointment, "execution.contact.appointment", "contact-appointment");
        appointment.setHelperText(getTranslation("execution.contact.appointment.help"));
        giftFields();
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
        form.add(channel, outcome, satisfaction, callback, appointment, gift, giftQuantity, receiptField, note, save);
        form.setColspan(outcome, 2);
        form.setColspan(receiptField, 2);
        form.setColspan(note, 2);
    }

    /**
     * Takes a task: its channels and gift lines (the items change only when the campaign does), the channel
     * its next contact most likely uses, every other field empty and without an error.
     */
    void show(TaskDetails shown) {
        task = shown;
        List<CareChannel> offered = shown.channels().stream().sorted().toList();
        if (!offered.equals(channels)) {
            channels = offered;
            channel.setItems(channels);
        }
        channel.setValue(shown.task().appointmentAt() != null && channels.contains(CareChannel.VISIT)
                ? CareChannel.VISIT : channels.stream().findFirst().orElse(null));
        gift.setLabel(getTranslation(shown.touches().needsGift() ? "execution.contact.giftLineRequired"
                : "execution.contact.giftLine"));
        if (!shown.giftLines().equals(giftLines)) {
            giftLines = shown.giftLines();
            gift.setItems(giftLines);
        }
        List.of(outcome, satisfaction, callback, appointment, gift, giftQuantity, note).forEach(HasValue::clear);
        if (receiptListed) {
            receipt.clearFileList();
            receiptListed = false;
        }
        evidence = null;
        receiptState.setText("");
        receiptField.removeClassName("invalid");
        clearFieldErrors();
        showFor(null);
    }

    private void picker(DateTimePicker picker, String labelKey, String id) {
        picker.setLabel(getTranslation(labelKey));
        picker.setId(id);
        picker.setLocale(getLocale());
        picker.setStep(Duration.ofMinutes(15));
    }

    private void giftFields() {
        gift.setId("contact-gift");
        gift.setItemLabelGenerator(line -> line == null ? getTranslation("execution.contact.noGift")
                : getTranslation("execution.contact.giftLineItem", line.description(), VnFormats.money(line.unitPrice())));
        gift.setEmptySelectionAllowed(true);
        gift.setEmptySelectionCaption(getTranslation("execution.contact.noGift"));
        gift.addValueChangeListener(change -> {
            if (change.getValue() != null && giftQuantity.getValue() == null) {
                giftQuantity.setValue(1);
            }
        });
        giftQuantity.setLabel(getTranslation("execution.contact.giftQuantity"));
        giftQuantity.setId("contact-gift-quantity");
        giftQuantity.setMin(1);
        giftQuantity.setMax(ContactEntry.GIFTS_MAX);
        giftQuantity.setStepButtonsVisible(true);

        receipt.setId("contact-receipt");
        receipt.setMaxFiles(1);
        receipt.setMaxFileSize(Evidence.MAX_BYTES);
        receipt.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        receipt.setUploadHandler(new LimitedInMemory((metadata, content) ->
                received(new Evidence(metadata.fileName(), content))));
        receipt.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("execution.evidence.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("execution.evidence.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("execution.evidence.tooLarge", Evidence.MAX_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("execution.evidence.wrongType"))
                        .setTooManyFiles(getTranslation("execution.evidence.tooMany"))));
        receipt.addFileRemovedListener(removed -> received(null));
        receipt.addFileRejectedListener(rejected -> receiptListed = true);
        Span label = new Span(getTranslation("execution.evidence.label"));
        label.addClassName("contact-receipt-label");
        receiptState.setId("contact-receipt-state");
        receiptState.addClassName("contact-receipt-state");
        receiptField.addClassName("contact-receipt");
        receiptField.add(label, receipt, receiptState);
    }

    /** Keeps an uploaded receipt only when its content is a photo or a PDF; says so under the upload. */
    private void received(@Nullable Evidence uploaded) {
        receiptListed |= uploaded != null;
        receiptField.removeClassName("invalid");
        if (uploaded != null && uploaded.contentType().isEmpty()) {
            evidence = null;
            receipt.clearFileList();
            showReceiptError(getTranslation("execution.evidence.wrongType"));
            return;
        }
        evidence = uploaded;
        receiptState.setText(uploaded == null ? "" : getTranslation("execution.evidence.kept", uploaded.fileName()));
    }

    private void showReceiptError(String message) {
        receiptField.addClassName("invalid");
        receiptState.setText(message);
    }

    /** Puts the keyboard in the form, on the channel, for the next contact. */
    void focus() {
        channel.focus();
    }

    /** Shows a refusal next to the field it is about (and returns whether there was one). */
    boolean show(RuleViolation violation) {
        String message = getTranslation(violation.messageKey(), violation.arguments());
        if ("evidence".equals(violation.field())) {
            showReceiptError(message);
            return true;
        }
        HasValidation field = violation.field() == null ? null : fields().get(violation.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    /**
     * Only the fields that show an error: a hidden field's change waits in the UI until the field is shown again, so
     * clearing every field for each task piled dozens of waiting calls into every care staff member's session.
     */
    private void clearFieldErrors() {
        fields().values().stream().filter(HasValidation::isInvalid).forEach(field -> field.setInvalid(false));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("channel", channel, "outcome", outcome, "callbackAt", callback, "appointmentAt", appointment,
                "giftLine", gift, "giftQuantity", giftQuantity, "satisfaction", satisfaction, "note", note);
    }

    private void clearErrors() {
        clearFieldErrors();
        if (receiptField.hasClassName("invalid")) {
            received(evidence);
        }
    }

    private void showFor(@Nullable ContactOutcome chosen) {
        boolean reached = chosen != null && chosen.reached();
        satisfaction.setVisible(reached);
        callback.setVisible(chosen == ContactOutcome.NOT_REACHED && !task.lastAttempt());
        appointment.setVisible(books(chosen));
        boolean gifts = reached && !task.giftLines().isEmpty()
                && (!task.touches().needsVisit() || channel.getValue() == CareChannel.VISIT);
        gift.setVisible(gifts);
        giftQuantity.setVisible(gifts);
        receiptField.setVisible(gifts);
    }

    /** Whether this contact is the call that books the visit the campaign's touches need. */
    private boolean books(@Nullable ContactOutcome chosen) {
        return task.touches().needsVisit() && chosen == ContactOutcome.REACHED_ACCEPTED
                && channel.getValue() != CareChannel.VISIT;
    }

    private ContactEntry entry() {
        ContactOutcome chosen = outcome.getValue();
        boolean reached = chosen != null && chosen.reached();
        GiftLine line = reached ? gift.getValue() : null;
        Integer quantity = giftQuantity.getValue();
        return new ContactEntry(task.task().taskId(), task.task().version(), channel.getValue(), chosen,
                line == null ? null : line.id(), line == null || quantity == null ? 0 : quantity,
                reached ? satisfaction.getValue() : null,
                chosen == ContactOutcome.NOT_REACHED ? instant(callback.getValue()) : null,
                books(chosen) ? instant(appointment.getValue()) : null, note.getValue(), reached ? evidence : null);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime at) {
        return at == null ? null : at.atZone(VnFormats.ZONE).toInstant();
    }

    /** The server refuses a larger receipt itself: the browser's own size check can be bypassed. */
    private static final class LimitedInMemory extends InMemoryUploadHandler {

        LimitedInMemory(com.vaadin.flow.server.streams.InMemoryUploadCallback received) {
            super(received);
        }

        @Override
        public long getFileSizeMax() {
            return Evidence.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return Evidence.MAX_BYTES + 64 * 1024;
        }
    }
}
