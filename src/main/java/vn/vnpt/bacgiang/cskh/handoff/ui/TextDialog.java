package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;

/** Asks for the text a move needs: the reason for returning, waiting, reopening, cancelling, or the resolution. */
class TextDialog extends Dialog {

    TextDialog(String title, String label, Consumer<String> confirmed) {
        setHeaderTitle(title);
        setWidth("min(32rem, 100vw)");
        TextArea text = new TextArea(label);
        text.setId("handoff-move-text");
        text.setWidthFull();
        text.setRequired(true);
        text.setMaxLength(Handoff.TEXT_MAX);
        add(text);
        Button confirm = new Button(getTranslation("handoff.confirm"), click -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("handoff.text.missing"));
                text.setInvalid(true);
                return;
            }
            close();
            confirmed.accept(text.getValue());
        });
        confirm.setId("handoff-move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), confirm);
    }
}
