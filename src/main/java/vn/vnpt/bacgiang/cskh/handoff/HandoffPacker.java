package vn.vnpt.bacgiang.cskh.handoff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerDetails;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.customer.Subscription;
import vn.vnpt.bacgiang.cskh.execution.ExecutionCampaign;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;

/**
 * Takes the context packet of a new hand-off through the requester's own services, so a customer or
 * campaign outside the requester's scope is refused as it would be anywhere else.
 */
@Component
class HandoffPacker {

    private final CustomerService customers;
    private final CampaignService campaigns;
    private final ExecutionService execution;
    private final JdbcTemplate jdbc;

    HandoffPacker(CustomerService customers, CampaignService campaigns, ExecutionService execution, JdbcTemplate jdbc) {
        this.customers = customers;
        this.campaigns = campaigns;
        this.execution = execution;
        this.jdbc = jdbc;
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
        String campaign = null;
        if (draft.campaignId() != null) {
            // a hand-off from a task of a closed or cancelled campaign is refused: that work has ended
            ExecutionCampaign.requireOpen(jdbc, draft.campaignId(), "handoff.campaign.ended");
            campaign = campaigns.get(draft.campaignId()).getName();
        }
        CustomerFacts facts = new CustomerFacts(customer.getKind(), customer.getVipTier(), customer.getCustomerSince(),
                customer.getArpu(), customer.getOverdueAmount(), customer.getChurnRisk(), customer.getComplaints12m());
        return new ContextPacket(Objects.requireNonNull(customer.getId()), customer.getCode(), customer.getName(),
                customer.getPhone(), address(customer),
                customer.getDistrict() == null ? null : customer.getDistrict().name(), facts.toJson(),
                draft.subscriptionId(), subscription, draft.campaignId(), campaign, draft.taskId(), contacts(draft));
    }

    /**
     * The contacts the requester passed, else those logged on the customer's care task in the campaign
     * (channel and outcome as message keys, so each reader sees them in their language); none when the
     * requester may not read that task.
     */
    private List<ContactRecord> contacts(HandoffDraft draft) {
        if (!draft.contacts().isEmpty() || draft.campaignId() == null) {
            return draft.contacts();
        }
        try {
            return execution.contacts(draft.customerId(), draft.campaignId()).stream()
                    .map(contact -> new ContactRecord(contact.contactedAt(), contact.staffName(),
                            contact.channel().labelKey(), contact.outcome().labelKey(), contact.note()))
                    .toList();
        } catch (AccessDeniedException notTheirs) {
            return List.of();
        }
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
