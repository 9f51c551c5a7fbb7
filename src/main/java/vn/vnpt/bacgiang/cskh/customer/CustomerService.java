package vn.vnpt.bacgiang.cskh.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Customers of the user's scope: a sales department sees the customers its units manage, ĐHNV and the
 * Director all. Telecom Center staff read no customers (a hand-off carries its own snapshot).
 */
@Service
@PreAuthorize(Permissions.HAS_CUSTOMER_READ)
@Transactional(readOnly = true)
public class CustomerService {

    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final ComplaintRepository complaints;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<CustomerReadGrant> grants;
    private final KeptCustomerSummaries keptSummaries;

    CustomerService(CustomerRepository customers, SubscriptionRepository subscriptions,
                    ComplaintRepository complaints, CurrentUser currentUser, Clock clock,
                    List<CustomerReadGrant> grants, KeptCustomerSummaries keptSummaries) {
        this.grants = grants;
        this.keptSummaries = keptSummaries;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.complaints = complaints;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One page of customers in scope, by name. {@code text} matches a code or phone number exactly,
     * or the start of a name.
     */
    public List<Customer> find(@Nullable String text, int page, int pageSize) {
        String search = text == null || text.isBlank() ? null : text.trim();
        List<Long> ids = customers.findIdsInScope(currentUser.scope().pathPattern(), search,
                PageRequest.of(page, pageSize));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Customer> byId = customers.findWithUnit(ids).stream()
                .collect(Collectors.toMap(Customer::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    /** A customer of the user's scope, or one another feature lets them read (the customer of their own care task). */
    public CustomerDetails details(long id) {
        Customer customer = customers.findWithUnit(id)
                .orElseThrow(() -> new RecordNotFound("customer.notfound", id));
        if (!currentUser.scope().covers(customer.getUnitPath())
                && grants.stream().noneMatch(grant -> grant.grants(currentUser.require().id(), id))) {
            throw new AccessDeniedException("Customer " + id + " is outside the user's scope");
        }
        return new CustomerDetails(customer, subscriptions.findByCustomerIdOrderByStartDateDesc(id),
                complaints.findByCustomerIdOrderByReceivedOnDesc(id));
    }

    /** How many customers the user's scope holds, and how many of them need attention (at most a minute old). */
    public CustomerSummary summary() {
        return keptSummaries.of(currentUser.scope().pathPattern());
    }

    /** Today in Vietnam, for tenure and recency. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Recomputes and stores a customer's indicators from their current subscriptions and complaints. */
    @PreAuthorize(Permissions.HAS_CUSTOMER_IMPORT)
    @Transactional
    public void refreshIndicators(long customerId) {
        keptSummaries.drop();
        Customer customer = Objects.requireNonNull(customers.findById(customerId).orElse(null));
        customer.applyIndicators(CustomerIndicators.compute(
                subscriptions.findByCustomerIdOrderByStartDateDesc(customerId).stream().map(Subscription::facts)
                        .toList(),
                complaints.findByCustomerIdOrderByReceivedOnDesc(customerId).stream().map(Complaint::facts).toList(),
                today()));
    }
}
