package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.supervision.CorrectiveAction;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;

/**
 * One corrective action: owner, due date, what to do and what was reported; the unit reports it done,
 * the supervisor verifies or reopens it, each on the version shown here.
 */
class ActionPanel extends Div {

    private final FindingService findings;
    private final CorrectiveAction action;
    private final Runnable changed;

    ActionPanel(CorrectiveAction action, boolean overdue, boolean mayReportDone, boolean mayCheck,
                FindingService findings, Runnable changed) {
        this.findings = findings;
        this.action = action;
        this.changed = changed;
        addClassName("action-panel");
        setId("action-" + action.getId());
        Div badges = new Div(badge(getTranslation(action.getState().labelKey()), switch (action.getState()) {
            case OPEN -> "";
            case DONE -> "contrast";
            case VERIFIED -> "success";
            case REOPENED -> "error";
        }));
        if (overdue) {
            badges.add(badge(getTranslation("supervision.action.overdue"), "error primary"));
        }
        badges.addClassName("finding-badges");
        add(badges, line("supervision.action.description", action.getDescription()),
                line("supervision.action.owner", action.getOwnerName()),
                line("supervision.action.dueOn", VnFormats.date(action.getDueOn())));
        lineIfAny("supervision.action.doneNote", action.getDoneNote());
        lineIfAny("supervision.action.doneEvidence", action.getDoneEvidence());
        lineIfAny("supervision.action.checkNote", action.getCheckNote());
        if (mayReportDone) {
            reportDone();
        }
        if (mayCheck) {
            check();
        }
    }

    private void reportDone() {
        TextArea note = new TextArea(getTranslation("supervision.action.doneNote"));
        TextField evidence = new TextField(getTranslation("supervision.action.doneEvidence.optional"));
        Button done = new Button(getTranslation("supervision.action.done"), click -> act(
                () -> findings.done(id(), action.getVersion(), note.getValue(), evidence.getValue()),
                "supervision.action.done.saved"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form(note, evidence, buttons(done)));
    }

    private void check() {
        TextArea note = new TextArea(getTranslation("supervision.action.checkNote"));
        Button verify = new Button(getTranslation("supervision.action.verify"), click -> act(
                () -> findings.verify(id(), action.getVersion(), note.getValue()), "supervision.action.verified"));
        verify.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button reopen = new Button(getTranslation("supervision.action.reopen"), click -> act(
                () -> findings.reopen(id(), action.getVersion(), note.getValue()), "supervision.action.reopened"));
        reopen.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(form(note, buttons(verify, reopen)));
    }

    private void act(Runnable call, String doneKey) {
        if (UserAction.run(this, call, "supervision.finding.conflict", violation -> false, changed)) {
            Notifications.success(getTranslation(doneKey));
            changed.run();
        }
    }

    private long id() {
        return Objects.requireNonNull(action.getId());
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("finding-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("finding-line");
        return line;
    }

    private void lineIfAny(String labelKey, @Nullable String value) {
        if (value != null) {
            add(line(labelKey, value));
        }
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge pill " + theme).strip());
        return badge;
    }

    static Div form(com.vaadin.flow.component.Component... fields) {
        Div form = new Div(fields);
        form.addClassName("finding-form");
        for (com.vaadin.flow.component.Component field : fields) {
            if (field instanceof com.vaadin.flow.component.HasSize sized) {
                sized.setWidthFull();
            }
        }
        return form;
    }

    static Div buttons(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("finding-buttons");
        return row;
    }
}
