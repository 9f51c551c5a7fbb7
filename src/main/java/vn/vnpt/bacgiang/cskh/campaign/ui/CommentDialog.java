package vn.vnpt.bacgiang.cskh.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.StateChange;

/** Asks for the reason a move needs (returning, rejecting, cancelling, overriding readiness). */
class CommentDialog extends Dialog {

    /** With the question the reason answers above the field (e.g. "1/2 đơn vị đã sẵn sàng — vẫn bắt đầu?"). */
    CommentDialog(String title, @Nullable String question, Consumer<String> confirmed) {
        setHeaderTitle(title);
        addClassName("campaign-comment-dialog");
        setWidth("min(32rem, 100vw)");
        if (question != null) {
            Paragraph asked = new Paragraph(question);
            asked.setId("comment-question");
            add(asked);
        }
        TextArea comment = new TextArea(getTranslation("campaign.comment.label"));
        comment.setWidthFull();
        comment.setRequired(true);
        comment.setMaxLength(StateChange.COMMENT_MAX);
        add(comment);
        Button confirm = new Button(getTranslation("campaign.comment.confirm"), click -> {
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("campaign.comment.required"));
                comment.setInvalid(true);
                return;
            }
            close();
            confirmed.accept(comment.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), confirm);
    }
}
