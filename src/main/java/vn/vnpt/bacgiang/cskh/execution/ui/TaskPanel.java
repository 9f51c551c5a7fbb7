package vn.vnpt.bacgiang.cskh.execution.ui;

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
 * form (while the task is open), a way to raise a hand-off, and the contacts so far.
 */
class TaskPanel extends Composite<Div> {

    private final ContactForm form;

    TaskPanel(TaskDetails task, Consumer<ContactEntry> onSave, LongFunction<StoredEvidence> evidence) {
        Div panel = getContent();
        panel.addClassName("task-panel");
        var row = task.task();
        H3 name = new H3(row.customerName());
        name.setId("task-customer");
        Span code = new Span(row.customerCode() + " · " + row.campaignName());
        code.addClassName("task-subtitle");
        panel.add(name, code, facts(task));

        Div scripts = new Div(new H4(getTranslation("execution.task.script")));
        scripts.addClassName("task-scripts");
        if (task.scripts().isEmpty()) {
            scripts.add(new Paragraph(getTranslation("execution.task.noScript")));
        }
        for (FilledScript script : task.scripts()) {
            Div text = new Div(new Span(script.title()), new Paragraph(script.text()));
            text.addClassName("task-script");
            scripts.add(text);
        }
        panel.add(scripts);

        form = new ContactForm(task, onSave);
        if (task.state() == TaskState.OPEN) {
            if (task.lastAttempt()) {
                Paragraph last = new Paragraph(getTranslation("execution.task.lastAttempt"));
                last.addClassName("task-warning");
                panel.add(last);
            }
            panel.add(form);
        } else {
            Span state = new Span(getTranslation(task.state().labelKey()));
            state.getElement().getThemeList().add("badge");
            panel.add(state);
        }
        Anchor raise = HandoffLink.to(row.customerId(), row.campaignId(), row.taskId(), null,
                getTranslation("execution.task.handoff"));
        raise.setId("task-handoff");
        raise.addClassName("task-handoff");
        panel.add(raise, history(task, evidence));
    }

    ContactForm form() {
        return form;
    }

    private Div facts(TaskDetails task) {
        var row = task.task();
        Div facts = new Div();
        facts.addClassName("task-facts");
        Anchor phone = new Anchor("tel:" + (row.phone() == null ? "" : row.phone().replace(" ", "")),
                row.phone() == null ? "—" : row.phone());
        fact(facts, "execution.field.phone", phone);
        fact(facts, "execution.field.services", new Span(task.services().stream()
                .map(service -> getTranslation(service.labelKey())).collect(Collectors.joining(", "))));
        fact(facts, "execution.field.vip", new Span(getTranslation(row.vipTier().labelKey())));
        fact(facts, "execution.field.tenure", new Span(getTranslation("execution.field.tenureYears",
                task.tenureYears()) + " (" + VnFormats.date(task.customerSince()) + ")"));
        fact(facts, "execution.field.churn", new Span(getTranslation(task.churnRisk().labelKey())));
        fact(facts, row.appointmentAt() != null ? "execution.field.appointment" : "execution.field.due",
                new Span(VnFormats.dateTime(row.dueAt())));
        if (task.address() != null) {
            fact(facts, "execution.field.address", new Span(task.address()));
        }
        return facts;
    }

    private void fact(Div facts, String labelKey, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("task-fact");
        facts.add(fact);
    }

    private Div history(TaskDetails task, LongFunction<StoredEvidence> evidence) {
        Div history = new Div(new H4(getTranslation("execution.task.history")));
        history.addClassName("task-history");
        history.setId("task-history");
        if (task.contacts().isEmpty()) {
            history.add(new Paragraph(getTranslation("execution.task.noHistory")));
        }
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
                line.add(receipt(contact.contactId(), evidence));
            }
            Anchor raise = HandoffLink.to(task.task().customerId(), task.task().campaignId(), task.task().taskId(),
                    contact.contactId(), getTranslation("execution.care.handoff"));
            raise.addClassName("task-contact-handoff");
            line.add(raise);
            history.add(line);
        }
        return history;
    }

    /** A link to the gift's signed receipt, opened in the browser (a photo or a PDF), read when clicked. */
    private Anchor receipt(long contactId, LongFunction<StoredEvidence> evidence) {
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
