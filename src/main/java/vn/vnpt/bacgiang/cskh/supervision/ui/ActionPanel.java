package vn.vnpt.bacgiang.cskh.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.base.ui.UserAction;
import vn.vnpt.bacgiang.cskh.supervision.ActionEvidenceService;
import vn.vnpt.bacgiang.cskh.supervision.ActionFile;
import vn.vnpt.bacgiang.cskh.supervision.CorrectiveAction;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;

/**
 * One corrective action: owner, due date, what to do and what was reported with the files attached; the
 * unit attaches evidence and reports it done, the supervisor verifies or reopens it, each on the version
 * shown here.
 */
class ActionPanel extends Div {

    private final FindingService findings;
    private final ActionEvidenceService evidence;
    private final CorrectiveAction action;
    private final Runnable changed;
    private final Div files = new Div();

    ActionPanel(CorrectiveAction action, boolean overdue, boolean mayReportDone, boolean mayCheck,
                FindingService findings, ActionEvidenceService evidence, Runnable changed) {
        this.findings = findings;
        this.evidence = evidence;
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
        List<ActionFile> attached = evidence.files(id());
        if (!attached.isEmpty() || mayReportDone) {
            files.addClassName("item-files");
            attached.forEach(this::showFile);
            Span label = new Span(getTranslation("supervision.action.files"));
            label.addClassName("finding-label");
            add(label, files);
        }
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
        Upload upload = EvidenceFiles.upload(this, "supervision.action.upload", this::attach);
        add(form(upload, note, evidence, buttons(done)));
    }

    private void attach(String fileName, byte[] bytes) {
        ActionFile[] saved = new ActionFile[1];
        if (UserAction.run(this, () -> saved[0] = this.evidence.attach(id(), fileName, bytes))) {
            showFile(saved[0]);
            Notifications.success(getTranslation("supervision.evidence.saved", fileName));
        }
    }

    private void showFile(ActionFile file) {
        files.add(EvidenceFiles.row(file.fileName(), file.mediaType(), file.uploadedAt(), file.uploadedBy(),
                preview -> evidence.content(file.id(), preview)));
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
