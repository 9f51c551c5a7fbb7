package vn.vnpt.bacgiang.cskh.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.settlement.SettlementEntry;

/** The planner returns a unit's submitted settlement with the reason the unit will read. */
class ReturnDialog extends Dialog {

    ReturnDialog(Consumer<String> giveBack) {
        setHeaderTitle(getTranslation("settlement.return.title"));
        setWidth("min(32rem, 100vw)");
        TextArea reason = new TextArea(getTranslation("settlement.return.reason"));
        reason.setId("settlement-return-reason");
        reason.setMaxLength(SettlementEntry.NOTE_MAX);
        reason.setWidthFull();
        add(reason);
        Button confirm = new Button(getTranslation("settlement.return"), click -> {
            boolean returned = UserAction.run(this, () -> giveBack.accept(reason.getValue()), "settlement.stale",
                    violation -> {
                        reason.setErrorMessage(UserAction.message(this, violation));
                        reason.setInvalid(true);
                        return true;
                    });
            if (returned) {
                close();
                Notifications.success(getTranslation("settlement.return.done"));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), confirm);
    }
}
