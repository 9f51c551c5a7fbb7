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
        Anchor link = titled(text);
        link.setHref(href(customerId, campaignId, taskId, contactId));
        return link;
    }

    /** The link without its target yet, for a panel that points it at each task it shows. */
    static Anchor titled(String text) {
        Anchor link = new Anchor();
        link.setText(text);
        link.addComponentAsFirst(VaadinIcon.EXCHANGE.create());
        return link;
    }

    static String href(long customerId, long campaignId, long taskId, @Nullable Long contactId) {
        return "handoffs/new?customer=" + customerId + "&campaign=" + campaignId + "&task=" + taskId
                + (contactId == null ? "" : "&contact=" + contactId);
    }
}
