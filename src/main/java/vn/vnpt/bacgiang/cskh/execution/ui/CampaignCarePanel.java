package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.CustomerTask;
import vn.vnpt.bacgiang.cskh.execution.TaskContact;

/**
 * "Chăm sóc trong chiến dịch" on the customer page: each of the customer's tasks in a running campaign
 * (its state and who cares for it) with its latest contacts, each of which can raise a hand-off that
 * keeps the campaign, the task and that contact.
 */
@StyleSheet("context://styles/campaign-care.css")
class CampaignCarePanel extends Div {

    CampaignCarePanel(List<CustomerTask> tasks, boolean mayRaise) {
        addClassName("campaign-care");
        setId("campaign-care");
        add(new H3(getTranslation("execution.care.title", tasks.size())));
        if (tasks.isEmpty()) {
            add(new Paragraph(getTranslation("execution.care.none")));
        }
        for (CustomerTask task : tasks) {
            add(task(task, mayRaise));
        }
    }

    private Div task(CustomerTask task, boolean mayRaise) {
        Span campaign = new Span(task.campaignName());
        campaign.addClassName("campaign-care-campaign");
        Span state = new Span(getTranslation(task.state().labelKey()));
        state.getElement().setAttribute("theme", switch (task.state()) {
            case OPEN -> "badge";
            case COMPLETED -> "badge success";
            case UNREACHABLE, CLOSED, NOT_DONE -> "badge contrast";
        });
        Span assignee = new Span(task.assigneeName() == null ? getTranslation("execution.care.unassigned")
                : getTranslation("execution.care.assignee", task.assigneeName()));
        assignee.addClassName("campaign-care-assignee");
        Div head = new Div(campaign, state, assignee);
        head.addClassName("campaign-care-head");
        Div card = new Div(head);
        card.addClassName("campaign-care-task");
        card.getElement().setAttribute("data-task", String.valueOf(task.taskId()));
        if (task.contacts().isEmpty()) {
            card.add(new Paragraph(getTranslation("execution.task.noHistory")));
        }
        for (TaskContact contact : task.contacts()) {
            card.add(contact(task, contact, mayRaise));
        }
        return card;
    }

    private Div contact(CustomerTask task, TaskContact contact, boolean mayRaise) {
        Span summary = new Span(getTranslation("execution.contact.summary", VnFormats.dateTime(contact.contactedAt()),
                getTranslation(contact.channel().labelKey()), getTranslation(contact.outcome().labelKey())));
        Span detail = new Span(contact.note() == null ? contact.staffName()
                : contact.staffName() + " · " + contact.note());
        detail.addClassName("campaign-care-detail");
        Div text = new Div(summary, detail);
        text.addClassName("campaign-care-text");
        Div line = new Div(text);
        line.addClassName("campaign-care-contact");
        if (mayRaise) {
            Anchor raise = HandoffLink.to(task.customerId(), task.campaignId(), task.taskId(), contact.contactId(),
                    getTranslation("execution.care.handoff"));
            raise.addClassName("campaign-care-handoff");
            line.add(raise);
        }
        return line;
    }
}
