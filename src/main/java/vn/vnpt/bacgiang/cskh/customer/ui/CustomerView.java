package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerDetails;
import vn.vnpt.bacgiang.cskh.customer.CustomerPageSection;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * One customer: who they are, the indicators and why they are at risk, what other features add (their
 * care in running campaigns), subscriptions and complaints.
 */
@Route("customer")
@RolesAllowed(Permissions.CUSTOMER_READ)
class CustomerView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CustomerService customers;
    private String title = "";

    private final boolean requester;
    private final ObjectProvider<CustomerPageSection> sections;

    CustomerView(CustomerService customers, CurrentUser currentUser, ObjectProvider<CustomerPageSection> sections) {
        this.customers = customers;
        this.sections = sections;
        this.requester = currentUser.require().can(Permission.HANDOFF_RAISE);
        addClassNames("view", "customer-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        CustomerDetails details = customers.details(id);
        Customer customer = details.customer();
        title = customer.getName();
        removeAll();

        Anchor back = new Anchor(RouteConfiguration.forSessionScope().getUrl(CustomersView.class),
                getTranslation("customer.back"));
        Span code = new Span(customer.getCode());
        code.addClassName("customer-code");
        Div heading = new Div(new H1(customer.getName()), code, ChurnBadge.of(customer.getChurnRisk()));
        heading.addClassName("view-header");
        if (requester) {
            // the hand-off form, by path: the customer module does not depend on hand-offs
            Anchor handoff = new Anchor("handoffs/new?customer=" + id, getTranslation("customer.handoff"));
            handoff.setId("customer-handoff");
            heading.add(handoff);
        }
        add(back, heading, new CustomerFacts(customer));

        add(new H3(getTranslation("customer.indicators")),
                new CustomerIndicatorsPanel(customer, customers.today()));
        sections.orderedStream().forEach(section -> section.section(id).ifPresent(this::add));
        add(new H3(getTranslation("customer.subscriptions", details.subscriptions().size())),
                new SubscriptionsList(details.subscriptions()));
        add(new H3(getTranslation("customer.complaints", details.complaints().size())),
                new ComplaintsList(details.complaints()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
