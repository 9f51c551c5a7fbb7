package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.ContactEntry;
import vn.vnpt.bacgiang.cskh.execution.ContactRecord;
import vn.vnpt.bacgiang.cskh.execution.FilledScript;
import vn.vnpt.bacgiang.cskh.execution.StoredEvidence;
import vn.vnpt.bacgiang.cskh.execution.TaskDetails;
import vn.vnpt.bacgiang.cskh.execution.TaskState;

/**
 * One care task: the customer's key facts, the approved script filled in for them, the contact
 * form (while the task is open), a way to raise a hand-off, and the contacts so far. The panel is
 * built once and filled again for each task the user opens: the form's fields keep their place
 * (and the browser its components) while a list is worked through.
 */
class TaskPanel extends Composite<Div> {

    private final H3 name = new H3();
    private final Span subtitle = new Span();
    private final Div facts = new Div();
    private final Div scripts = new Div();
    private final Paragraph lastAttempt = new Paragraph();
    private final ContactForm form;
    private final Span state = new Span();
    private final Anchor raise;
    private final Div history = new Div();
    private final LongFunction<StoredEvidence> evidence;

    TaskPanel(Consumer<ContactEntry> onSave, LongFunction<StoredEvidence> evidence) {
        this.evidence = evidence;
        form = new ContactForm(onSave);
        name.setId("task-customer");
        subtitle.addClassName("task-subtitle");
        facts.addClassName("task-facts");
        scripts.addClassName("task-scripts");
        lastAttempt.setText(getTranslation("execution.task.lastAttempt"));
        lastAttempt.addClassName("task-warning");
        state.getElement().getThemeList().add("badge");
        raise = HandoffLink.titled(getTranslation("execution.task.handoff"));
        raise.setId("task-handoff");
        raise.addClassName("task-handoff");
        history.addClassName("task-history");
        history.setId("task-history");
        getContent().addClassName("task-panel");
        getContent().add(name, subtitle, facts, scripts, lastAttempt, form, state, raise, history);
    }

    /** Fills the panel with a task, the form emptied for its next contact. */
    void show(TaskDetails task) {
        var row = task.task();
        name.setText(row.customerName());
        subtitle.setText(row.customerCode() + " · " + row.campaignName());
        facts(task);
        scripts(task);
        boolean open = task.state() == TaskState.OPEN;
        lastAttempt.setVisible(open && task.lastAttempt());
        if (open) {
            form.show(task);
        }
        form.setVisible(open);
        state.setText(getTranslation(task.state().labelKey()));
        state.setVisible(!open);
        raise.setHref(HandoffLink.href(row.customerId(), row.campaignId(), row.taskId(), null));
        history(task);
    }

    ContactForm form() {
        return form;
    }

    private void facts(TaskDetails task) {
        var row = task.task();
        facts.removeAll();
        Anchor phone = new Anchor("tel:" + (row.phone() == null ? "" : row.phone().replace(" ", "")),
                row.phone() == null ? "—" : row.phone());
        fact("execution.field.phone", phone);
        fact("execution.field.services", new Span(task.services().stream()
                .map(service -> getTranslation(service.labelKey())).collect(Collectors.joining(", "))));
        fact("execution.field.vip", new Span(getTranslation(row.vipTier().labelKey())));
        fact("execution.field.tenure", new Span(getTranslation("execution.field.tenureYears",
                task.tenureYears()) + " (" + VnFormats.date(task.customerSince()) + ")"));
        fact("execution.field.churn", new Span(getTranslation(task.churnRisk().labelKey())));
        fact(row.appointmentAt() != null ? "execution.field.appointment" : "execution.field.due",
                new Span(VnFormats.dateTime(row.dueAt())));
        if (task.address() != null) {
            fact("execution.field.address", new Span(task.address()));
        }
    }

    private void scripts(TaskDetails task) {
        begin(scripts, "execution.task.script", task.scripts().isEmpty(), "execution.task.noScript");
        for (FilledScript script : task.scripts()) {
            Div text = new Div(new Span(script.title()), new Paragraph(script.text()));
            text.addClassName("task-script");
            scripts.add(text);
        }
    }

    /** Empties a section for the task shown: its heading, then the line saying it has nothing, if so. */
    private void begin(Div section, String headingKey, boolean empty, String emptyKey) {
        section.removeAll();
        section.add(new H4(getTranslation(headingKey)));
        if (empty) {
            section.add(new Paragraph(getTranslation(emptyKey)));
        }
    }

    private void fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("task-fact");
        facts.add(fact);
    }

    private void history(TaskDetails task) {
        begin(history, "execution.task.history", task.contacts().isEmpty(), "execution.task.noHistory");
        for (ContactRecord contact : task.contacts()) {
            Div line = new Div(new Span(getTranslation("execution.contact.summary",
                    VnFormats.dateTime(contact.contactedAt()), getTranslation(contact.channel().labelKey()),
                    getTranslation(contact.outcome().labelKey()))));
            line.addClassName("task-contact");
            StringBuilder more = new StringBuilder(contact.staffName());
            if (contact.satisfaction() != null) {
                more.append(" · ★").append(contact.satisfaction());
            }
            if (contact.gift() != null) {
                more.append(" · ").append(getTranslation("execution.contact.giftGiven", contact.giftQuantity(),
                        contact.gift()));
            } else if (contact.giftDelivered()) {
                more.append(" · ").append(getTranslation("execution.contact.gift"));
            }
            if (contact.callbackAt() != null) {
                more.append(" · ").append(getTranslation("execution.contact.callback")).append(' ')
                        .append(VnFormats.dateTime(contact.callbackAt()));
            }
            if (contact.appointmentAt() != null) {
                more.append(" · ").append(getTranslation("execution.contact.appointmentBooked",
                        VnFormats.dateTime(contact.appointmentAt())));
            }
            if (contact.note() != null) {
                more.append(" · ").append(contact.note());
            }
            Span detail = new Span(more.toString());
            detail.addClassName("task-contact-detail");
            line.add(detail);
            if (contact.evidence()) {
                line.add(receipt(contact.contactId()));
            }
            Anchor raise = HandoffLink.to(task.task().customerId(), task.task().campaignId(), task.task().taskId(),
                    contact.contactId(), getTranslation("execution.care.handoff"));
            raise.addClassName("task-contact-handoff");
            line.add(raise);
            history.add(line);
        }
    }

    /** A link to the gift's signed receipt, opened in the browser (a photo or a PDF), read when clicked. */
    private Anchor receipt(long contactId) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
            StoredEvidence stored = evidence.apply(contactId);
            return new DownloadResponse(new ByteArrayInputStream(stored.content()), stored.fileName(),
                    stored.contentType(), stored.content().length);
        }), AttachmentType.INLINE, getTranslation("execution.evidence.open"));
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("task-contact-receipt");
        link.addComponentAsFirst(VaadinIcon.FILE_PICTURE.create());
        return link;
    }
}
