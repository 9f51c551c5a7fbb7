package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.handoff.ContactRecord;
import vn.vnpt.bacgiang.cskh.handoff.ContextPacket;
import vn.vnpt.bacgiang.cskh.handoff.CustomerFacts;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * The context packet: what was asked, the customer, the subscription, the campaign and the contacts so
 * far, the contact the hand-off follows marked.
 */
class PacketPanel extends Div {

    private final Div facts = new Div();

    PacketPanel(Handoff handoff) {
        addClassNames("handoff-panel", "handoff-packet");
        facts.addClassName("handoff-packet-facts");
        setId("handoff-packet");
        ContextPacket packet = handoff.packet();
        add(new H3(getTranslation("handoff.packet.title")));
        Div description = new Div(new Span(handoff.getDescription()));
        description.addClassName("handoff-description");
        add(description, facts);
        fact("handoff.customer", packet.customerName() + " (" + packet.customerCode() + ")");
        fact("handoff.packet.phone", packet.customerPhone());
        fact("handoff.packet.address", packet.customerAddress());
        if (packet.customerDistrict() != null) {
            fact("handoff.packet.district", District.valueOf(packet.customerDistrict()).displayName());
        }
        CustomerFacts customer = packet.facts();
        if (customer != null) {
            fact("handoff.packet.kind", customer.kind() == null ? null : getTranslation(customer.kind().labelKey()));
            fact("handoff.packet.vip", getTranslation(customer.vipTier().labelKey()));
            fact("handoff.packet.since",
                    customer.customerSince() == null ? null : VnFormats.date(customer.customerSince()));
            fact("handoff.packet.arpu", VnFormats.money(customer.arpu()));
            fact("handoff.packet.overdue", VnFormats.money(customer.overdueAmount()));
            fact("handoff.packet.churn", getTranslation(customer.churnRisk().labelKey()));
            fact("handoff.packet.complaints", String.valueOf(customer.complaints12m()));
        }
        fact("handoff.packet.subscription", subscription(packet.subscriptionLabel()));
        fact("handoff.packet.campaign", packet.campaignName());
        add(contacts(packet));
    }

    private @Nullable String subscription(@Nullable String label) {
        if (label == null) {
            return null;
        }
        String[] parts = label.split("\\|", 3);
        return parts.length < 3 ? label
                : getTranslation(Service.valueOf(parts[0]).labelKey()) + " " + parts[1] + " · " + parts[2];
    }

    private Div contacts(ContextPacket packet) {
        Div list = new Div(new H3(getTranslation("handoff.packet.contacts")));
        list.addClassName("handoff-contacts");
        if (packet.contacts().isEmpty()) {
            list.add(new Span(getTranslation("handoff.packet.noContacts")));
        }
        for (ContactRecord contact : packet.contacts()) {
            Span at = new Span(VnFormats.dateTime(contact.at()) + " · " + contact.staffName());
            at.addClassName("handoff-contact-at");
            Span what = new Span(label(contact.channel()) + " · " + label(contact.outcome()));
            what.addClassName("handoff-contact-what");
            Div entry = new Div(at, what);
            if (contact.note() != null) {
                entry.add(new Span(contact.note()));
            }
            entry.addClassName("handoff-contact");
            if (contact.contactId() != null && contact.contactId().equals(packet.contactId())) {
                Span trigger = new Span(getTranslation("handoff.packet.afterContact"));
                trigger.getElement().setAttribute("theme", "badge");
                entry.addComponentAsFirst(trigger);
                entry.addClassName("handoff-contact-trigger");
            }
            list.add(entry);
        }
        return list;
    }

    /** Contacts from the worklist carry message keys; those typed by a requester are plain text. */
    private String label(String text) {
        return text.matches("[a-z]+(\\.[A-Za-z_]+)+") ? getTranslation(text) : text;
    }

    private void fact(String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        facts.add(HandoffTexts.fact(this, labelKey, value));
    }
}
