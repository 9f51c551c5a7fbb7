package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFigures;

/** The home page's hand-off cards: open and overdue hand-offs of the user's queue, linking to it. */
@StyleSheet("context://styles/handoff.css")
class HandoffCards extends Composite<Div> {

    HandoffCards(HandoffFigures figures) {
        Div cards = getContent();
        cards.addClassNames("cards", "handoff-cards");
        String mode = figures.mode().name();
        cards.add(card(figures.open(), "handoff.home.open." + mode), card(figures.overdue(), "handoff.home.overdue"));
    }

    /** A card like the dashboard's own, the whole of it a link to the queue. */
    private Div card(long value, String labelKey) {
        Span valueText = new Span(VnFormats.number(value));
        valueText.addClassName("card-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("card-label");
        Anchor link = new Anchor("handoffs", valueText, label);
        link.addClassName("card-link");
        Div card = new Div(link);
        card.addClassNames("card", "stat-card");
        return card;
    }
}
