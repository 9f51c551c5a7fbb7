package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.customer.ChurnReason;
import vn.vnpt.bacgiang.cskh.customer.Customer;

/** Tenure, ARPU and its trend, overdue charges, complaints and, above all, why the customer is at risk. */
class CustomerIndicatorsPanel extends Composite<Div> {

    CustomerIndicatorsPanel(Customer customer, LocalDate today) {
        Div cards = new Div(
                card(getTranslation("customer.tenure.value", customer.tenureYears(today)), "customer.tenure"),
                card(VnFormats.money(customer.getArpu()), "customer.arpu",
                        getTranslation("customer.arpu.previous", VnFormats.money(customer.getArpuPrevious()),
                                getTranslation(customer.getArpuTrend().labelKey()))),
                card(VnFormats.money(customer.getOverdueAmount()), "customer.overdue"),
                card(String.valueOf(customer.getComplaints12m()), "customer.complaints12m",
                        customer.getLastComplaintOn() == null ? getTranslation("customer.complaints.none")
                                : getTranslation("customer.complaints.last",
                                VnFormats.date(customer.getLastComplaintOn()))));
        cards.addClassName("cards");

        Div risk = new Div();
        risk.addClassNames("card", "churn-explanation");
        risk.add(new Paragraph(new Span(getTranslation("customer.churn.level")), ChurnBadge.of(customer.getChurnRisk())));
        if (customer.getChurnReasons().isEmpty()) {
            risk.add(new Paragraph(getTranslation("customer.churn.none")));
        } else {
            UnorderedList reasons = new UnorderedList();
            reasons.addClassName("churn-reasons");
            for (ChurnReason reason : customer.getChurnReasons()) {
                reasons.add(new ListItem(getTranslation(reason.labelKey())));
            }
            risk.add(reasons);
        }
        risk.add(new Paragraph(getTranslation("customer.indicators.asOf", VnFormats.date(customer.getIndicatorsOn()))));
        getContent().add(cards, risk);
        getContent().addClassName("indicators");
    }

    private Div card(String value, String labelKey) {
        Span valueText = new Span(value);
        valueText.addClassName("card-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("card-label");
        Div card = new Div(valueText, label);
        card.addClassNames("card", "stat-card");
        return card;
    }

    private Div card(String value, String labelKey, String note) {
        Div card = card(value, labelKey);
        Span noteText = new Span(note);
        noteText.addClassName("card-note");
        card.add(noteText);
        return card;
    }
}
