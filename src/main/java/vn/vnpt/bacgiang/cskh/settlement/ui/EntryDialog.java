package vn.vnpt.bacgiang.cskh.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.settlement.SettlementEntry;
import vn.vnpt.bacgiang.cskh.settlement.SheetLine;

/**
 * What one budget line cost: amount in VND, voucher reference and note. A refusal is shown beside its
 * field (or above the form) and what was typed stays; a stale edit says so and offers nothing half-saved.
 */
class EntryDialog extends Dialog {

    private final SheetLine line;
    private final Consumer<SettlementEntry> save;
    private final Runnable saved;
    private final BigDecimalField amount = new BigDecimalField();
    private final TextField voucher = new TextField();
    private final TextArea note = new TextArea();
    private final Div problem = new Div();

    EntryDialog(SheetLine line, Consumer<SettlementEntry> save, Runnable saved) {
        this.line = line;
        this.save = save;
        this.saved = saved;
        setHeaderTitle(getTranslation("settlement.entry.title"));
        addClassName("settlement-entry");
        setWidth("min(32rem, 100vw)");
        amount.setLabel(getTranslation("settlement.entry.amount"));
        amount.setId("settlement-amount");
        amount.setWidthFull();
        voucher.setLabel(getTranslation("settlement.entry.voucher"));
        voucher.setId("settlement-voucher");
        voucher.setMaxLength(SettlementEntry.VOUCHER_MAX);
        voucher.setWidthFull();
        note.setLabel(getTranslation("settlement.entry.note"));
        note.setId("settlement-note");
        note.setMaxLength(SettlementEntry.NOTE_MAX);
        note.setWidthFull();
        if (line.settled() != null) {
            amount.setValue(BigDecimal.valueOf(line.settled()));
        }
        voucher.setValue(line.voucher() == null ? "" : line.voucher());
        note.setValue(line.note() == null ? "" : line.note());
        problem.addClassName("editor-problem");
        problem.setVisible(false);
        add(new Paragraph(line.description() + " · " + getTranslation("settlement.planned") + " "
                + VnFormats.money(line.planned()) + " · " + getTranslation("settlement.estimated") + " "
                + SettlementPanel.estimated(this, line)), problem, amount, voucher, note);
        Button saveButton = new Button(getTranslation("form.save"), click -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), saveButton);
    }

    private void trySave() {
        amount.setInvalid(false);
        voucher.setInvalid(false);
        note.setInvalid(false);
        problem.setVisible(false);
        if (amount.isInvalid() || amount.getValue() != null && amount.getValue().stripTrailingZeros().scale() > 0) {
            show("amount", getTranslation("settlement.amount.whole"));
            return;
        }
        Long spent;
        try {
            spent = amount.getValue() == null ? null : amount.getValue().longValueExact();
        } catch (ArithmeticException tooLarge) {
            show("amount", getTranslation("settlement.amount.whole"));
            return;
        }
        try {
            save.accept(new SettlementEntry(spent, voucher.getValue(), note.getValue(), line.version()));
            close();
            Notifications.success(getTranslation("settlement.entry.saved"));
            saved.run();
        } catch (RuleViolation violation) {
            show(violation.field(), getTranslation(violation.messageKey(), violation.arguments()));
        } catch (OptimisticLockingFailureException conflict) {
            show(null, getTranslation("settlement.stale"));
        } catch (AccessDeniedException denied) {
            show(null, getTranslation("error.forbidden.action"));
        }
    }

    private void show(@Nullable String field, String message) {
        switch (field == null ? "" : field) {
            case "amount" -> invalid(amount, message);
            case "voucher" -> invalid(voucher, message);
            case "note" -> invalid(note, message);
            default -> {
                problem.removeAll();
                problem.add(message);
                problem.setVisible(true);
            }
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
