package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffPriority;

/** The requester corrects a returned hand-off (description, priority) with the receiver's reason in view. */
class ResendDialog extends Dialog {

    ResendDialog(String title, Handoff handoff, BiConsumer<HandoffPriority, String> confirmed) {
        setHeaderTitle(title);
        setWidth("min(36rem, 100vw)");
        Paragraph reason = new Paragraph(getTranslation("handoff.resend.reason", handoff.getReturnedReason()));
        reason.addClassName("handoff-returned");
        Select<HandoffPriority> priority = new Select<>();
        priority.setLabel(getTranslation("handoff.priority"));
        priority.setItems(HandoffPriority.values());
        priority.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        priority.setValue(handoff.getPriority());
        TextArea description = new TextArea(getTranslation("handoff.description"));
        description.setId("handoff-resend-description");
        description.setWidthFull();
        description.setMaxLength(Handoff.TEXT_MAX);
        description.setValue(handoff.getDescription());
        add(reason, priority, description);
        Button confirm = new Button(getTranslation("handoff.move.RESEND"), click -> {
            if (description.getValue().isBlank()) {
                description.setErrorMessage(getTranslation("handoff.description.required"));
                description.setInvalid(true);
                return;
            }
            close();
            confirmed.accept(priority.getValue(), description.getValue());
        });
        confirm.setId("handoff-resend-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), confirm);
    }
}
