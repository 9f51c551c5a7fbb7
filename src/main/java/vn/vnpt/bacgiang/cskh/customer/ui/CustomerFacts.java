package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;

/** The customer's identity and contact facts as label/value pairs. */
class CustomerFacts extends Composite<Div> {

    CustomerFacts(Customer customer) {
        getContent().addClassName("facts");
        CustomerKind kind = Objects.requireNonNull(customer.getKind());
        fact("customer.kind", getTranslation(kind.labelKey()));
        fact(kind.isOrganisation() ? "customer.founded" : "customer.birthDate",
                customer.getBirthDate() == null ? "" : VnFormats.date(customer.getBirthDate()));
        fact("customer.phone", customer.getPhone());
        fact("customer.email", customer.getEmail());
        fact("customer.address", address(customer));
        fact("customer.unit", Objects.requireNonNull(customer.getUnit()).getName());
        fact("customer.since", VnFormats.date(Objects.requireNonNull(customer.getCustomerSince())));
        fact("customer.vip", getTranslation(customer.getVipTier().labelKey()));
    }

    private void fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        getContent().add(fact);
    }

    /** Street address, commune and district, without repeating what the street address already says. */
    private static String address(Customer customer) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[]{customer.getAddress(), customer.getCommune(),
                Objects.requireNonNull(customer.getDistrict()).displayName()}) {
            String written = String.join(", ", parts).toLowerCase(Locale.ROOT);
            if (part != null && !part.isBlank() && !written.contains(part.toLowerCase(Locale.ROOT))) {
                parts.add(part.trim());
            }
        }
        return String.join(", ", parts);
    }
}
