package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/** The customers of the user's scope, searchable by code, phone number or the start of a name. */
@Route("customers")
@RolesAllowed(Permissions.CUSTOMER_READ)
@Menu(title = "customer.nav.customers", order = 10, icon = "vaadin:user-card")
class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerService customers;
    private final Grid<Customer> grid = new Grid<>();
    private final TextField search = new TextField();

    CustomersView(CustomerService customers) {
        this.customers = customers;
        addClassName("view");
        setSizeFull();

        search.setPlaceholder(getTranslation("customer.search.placeholder"));
        search.setAriaLabel(getTranslation("form.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(event -> refresh());
        Div header = new Div(new H1(getTranslation("customer.list.title")), search);
        header.addClassName("view-header");

        grid.addColumn(Customer::getCode).setHeader(getTranslation("customer.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Customer::getName).setHeader(getTranslation("customer.name")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(customer -> getTranslation(Objects.requireNonNull(customer.getKind()).labelKey()))
                .setHeader(getTranslation("customer.kind")).setAutoWidth(true);
        grid.addColumn(customer -> Objects.requireNonNull(customer.getDistrict()).displayName())
                .setHeader(getTranslation("customer.district")).setAutoWidth(true);
        grid.addColumn(customer -> customer.getPhone() == null ? "" : customer.getPhone())
                .setHeader(getTranslation("customer.phone")).setAutoWidth(true);
        grid.addColumn(customer -> VnFormats.money(customer.getArpu())).setHeader(getTranslation("customer.arpu.short"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(customer -> ChurnBadge.of(customer.getChurnRisk()))
                .setHeader(getTranslation("customer.churn")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(CustomerView.class,
                Objects.requireNonNull(event.getItem().getId()))));
        grid.setSizeFull();

        add(header, grid);
        refresh();
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> customers.find(text, query.getPage(), query.getPageSize()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.list.title");
    }
}
