package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.execution.HomeFigures;

/**
 * Step 6's cards on the home page (in the dashboard's card style): a care staff member's open tasks
 * and those due by today, linking to the worklist; otherwise each campaign in execution with the
 * share of its customers reached and its unassigned tasks, linking to its progress.
 */
class StepSixCards extends Composite<Div> {

    StepSixCards(HomeFigures figures) {
        Div cards = getContent();
        cards.addClassNames("cards", "step-six-cards");
        if (figures.careStaff()) {
            cards.add(card(VnFormats.number(figures.openTasks()), getTranslation("execution.home.open"), "worklist"),
                    card(VnFormats.number(figures.dueToday()), getTranslation("execution.home.dueToday"), "worklist"));
            return;
        }
        if (figures.campaigns().isEmpty()) {
            cards.add(new Span(getTranslation("execution.home.none")));
        }
        for (HomeFigures.Running running : figures.campaigns()) {
            var rate = Figures.percent(running.reached(), running.tasks());
            cards.add(card((rate == null ? "—" : VnFormats.number(rate)) + " %", getTranslation(
                    "execution.home.reached", running.name(), VnFormats.number(running.reached()),
                    VnFormats.number(running.tasks()), VnFormats.number(running.unassigned())),
                    "progress?campaign=" + running.campaignId()));
        }
    }

    private static Anchor card(String value, String label, String href) {
        Span valueText = new Span(value);
        valueText.addClassName("card-value");
        Span labelText = new Span(label);
        labelText.addClassName("card-label");
        Anchor card = new Anchor(href, valueText, labelText);
        card.addClassNames("card", "stat-card");
        return card;
    }
}
