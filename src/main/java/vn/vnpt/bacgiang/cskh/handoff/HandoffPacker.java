package vn.vnpt.bacgiang.cskh.handoff;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerDetails;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.customer.Subscription;

/**
 * Takes the context packet of a new hand-off through the requester's own services, so a customer or
 * campaign outside the requester's scope is refused as it would be anywhere else.
 */
@Component
class HandoffPacker {

    private final CustomerService customers;
    private final CampaignService campaigns;

    HandoffPacker(CustomerService customers, CampaignService campaigns) {
        this.customers = customers;
        this.campaigns = campaigns;
    }

    ContextPacket pack(HandoffDraft draft) {
        CustomerDetails details = customers.details(draft.customerId());
        Customer customer = details.customer();
        String subscription = null;
        if (draft.subscriptionId() != null) {
            Subscription chosen = details.subscriptions().stream()
                    .filter(candidate -> draft.subscriptionId().equals(candidate.getId())).findFirst()
                    .orElseThrow(() -> new RuleViolation("handoff.subscription.notOfCustomer", "subscription"));
            subscription = subscriptionLabel(chosen);
        }
        String campaign = draft.campaignId() == null ? null : campaigns.get(draft.campaignId()).getName();
        CustomerFacts facts = new CustomerFacts(customer.getKind(), customer.getVipTier(), customer.getCustomerSince(),
                customer.getArpu(), customer.getOverdueAmount(), customer.getChurnRisk(), customer.getComplaints12m());
        return new ContextPacket(Objects.requireNonNull(customer.getId()), customer.getCode(), customer.getName(),
                customer.getPhone(), address(customer),
                customer.getDistrict() == null ? null : customer.getDistrict().name(), facts.toJson(),
                draft.subscriptionId(), subscription, draft.campaignId(), campaign, draft.taskId(), draft.contacts());
    }

    /** {@code SERVICE|number|package}: the reader translates the service's name. */
    static String subscriptionLabel(Subscription subscription) {
        return subscription.getService().name() + "|" + subscription.getNumber() + "|" + subscription.getPackageName();
    }

    /** Street address, commune and district, without repeating what the street address already says. */
    private static String address(Customer customer) {
        String street = customer.getAddress() == null ? "" : customer.getAddress();
        String said = street.toLowerCase(java.util.Locale.ROOT);
        return Stream.of(street, customer.getCommune(),
                        customer.getDistrict() == null ? null : customer.getDistrict().displayName())
                .filter(part -> part != null && !part.isBlank())
                .filter(part -> part.equals(street) || !said.contains(part.toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }
}
