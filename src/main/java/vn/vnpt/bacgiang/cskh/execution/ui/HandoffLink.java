package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * A link to the hand-off form for a care task's customer, with the campaign, the task and (when
 * raised after one) the contact filled in. By path, not by view class: hand-offs depend on
 * execution, not the reverse.
 */
final class HandoffLink {

    private HandoffLink() {
    }

    static Anchor to(long customerId, long campaignId, long taskId, @Nullable Long contactId, String text) {
        String href = "handoffs/new?customer=" + customerId + "&campaign=" + campaignId + "&task=" + taskId
                + (contactId == null ? "" : "&contact=" + contactId);
        Anchor link = new Anchor(href, text);
        link.addComponentAsFirst(VaadinIcon.EXCHANGE.create());
        return link;
    }
}
