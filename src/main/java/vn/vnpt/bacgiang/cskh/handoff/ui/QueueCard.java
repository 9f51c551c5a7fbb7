package vn.vnpt.bacgiang.cskh.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffRow;

/**
 * One hand-off of the queue as a phone shows it, in a single column: reference and flags, customer,
 * what and how urgent, the deadline and time left, and the unit on the other side.
 */
final class QueueCard {

    private QueueCard() {
    }

    static Div of(Component owner, HandoffRow row, String otherUnit) {
        Handoff handoff = row.handoff();
        Span reference = new Span(handoff.reference());
        reference.addClassName("handoff-reference");
        Div top = line("handoff-card-top", reference, HandoffTexts.state(owner, handoff),
                HandoffTexts.flag(owner, row.sla()), HandoffTexts.escalation(owner, handoff));
        Span customer = new Span(handoff.getCustomerName());
        customer.addClassName("handoff-card-customer");
        Span what = new Span(owner.getTranslation(handoff.getType().labelKey()) + " · "
                + owner.getTranslation(handoff.getPriority().labelKey()));
        Div card = new Div(top, customer, what);
        String deadline = HandoffTexts.deadline(row.sla());
        String remaining = HandoffTexts.remaining(owner, row.sla());
        if (!deadline.isEmpty() || !remaining.isEmpty()) {
            Span time = new Span(deadline.isEmpty() ? remaining
                    : remaining.isEmpty() ? deadline : deadline + " · " + remaining);
            time.addClassName("handoff-card-time");
            card.add(time);
        }
        Span unit = new Span(otherUnit);
        unit.addClassName("handoff-card-unit");
        card.add(unit);
        card.addClassName("handoff-card");
        return card;
    }

    private static Div line(String className, Component... parts) {
        Div line = new Div(parts);
        line.addClassName(className);
        return line;
    }
}
