package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.customer.Subscription;

/** The customer's subscriptions with twelve months of charges drawn as small bars. */
class SubscriptionsList extends Composite<Grid<Subscription>> {

    SubscriptionsList(List<Subscription> subscriptions) {
        Grid<Subscription> grid = getContent();
        grid.addColumn(subscription -> getTranslation(subscription.getService().labelKey()))
                .setHeader(getTranslation("customer.service")).setAutoWidth(true);
        grid.addColumn(Subscription::getNumber).setHeader(getTranslation("customer.number")).setAutoWidth(true);
        grid.addColumn(Subscription::getPackageName).setHeader(getTranslation("customer.package")).setAutoWidth(true);
        grid.addColumn(subscription -> VnFormats.date(subscription.getStartDate()))
                .setHeader(getTranslation("customer.startDate")).setAutoWidth(true);
        grid.addColumn(subscription -> getTranslation(subscription.getStatus().labelKey()))
                .setHeader(getTranslation("customer.status")).setAutoWidth(true);
        grid.addColumn(subscription -> subscription.getContractEnd() == null ? ""
                : VnFormats.date(subscription.getContractEnd())).setHeader(getTranslation("customer.contractEnd"))
                .setAutoWidth(true);
        grid.addColumn(subscription -> VnFormats.money(subscription.getOverdueAmount()))
                .setHeader(getTranslation("customer.overdue")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(SubscriptionsList::chargeBars).setHeader(getTranslation("customer.charges"))
                .setWidth("11rem").setFlexGrow(0);
        grid.setItems(subscriptions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addClassName("subscriptions");
    }

    private static Div chargeBars(Subscription subscription) {
        long[] amounts = subscription.getCharges().amounts();
        long max = 1;
        for (long amount : amounts) {
            max = Math.max(max, amount);
        }
        Div bars = new Div();
        bars.addClassName("charge-bars");
        for (long amount : amounts) {
            Span bar = new Span();
            bar.addClassName("charge-bar");
            bar.getStyle().set("height", Math.max(2, amount * 100 / max) + "%");
            bar.getElement().setAttribute("title", VnFormats.money(amount));
            bars.add(bar);
        }
        bars.getElement().setAttribute("aria-label", VnFormats.money(subscription.getCharges().average(9, 12)));
        return bars;
    }
}
