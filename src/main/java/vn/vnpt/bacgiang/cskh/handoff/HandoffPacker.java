package vn.vnpt.bacgiang.cskh.handoff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerDetails;
import vn.vnpt.bacgiang.cskh.customer.CustomerService;
import vn.vnpt.bacgiang.cskh.customer.Subscription;
import vn.vnpt.bacgiang.cskh.execution.CustomerTask;
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
        if (draft.taskId() == null && draft.contactId() != null) {
            throw new RuleViolation("handoff.contact.notOfTask", "contact");
        }
        CustomerTask task = draft.taskId() == null ? null : linkedTask(draft);
        Long campaignId = task == null ? draft.campaignId() : Long.valueOf(task.campaignId());
        String campaign = null;
        if (campaignId != null) {
            // a hand-off from a task of a closed or cancelled campaign is refused: that work has ended
            ExecutionCampaign.requireOpen(jdbc, campaignId, "handoff.campaign.ended");
            campaign = campaigns.get(campaignId).getName();
        }
        CustomerFacts facts = new CustomerFacts(customer.getKind(), customer.getVipTier(), customer.getCustomerSince(),
                customer.getArpu(), customer.getOverdueAmount(), customer.getChurnRisk(), customer.getComplaints12m());
        return new ContextPacket(Objects.requireNonNull(customer.getId()), customer.getCode(), customer.getName(),
                customer.getPhone(), address(customer),
                customer.getDistrict() == null ? null : customer.getDistrict().name(), facts.toJson(),
                draft.subscriptionId(), subscription, campaignId, campaign, draft.taskId(), draft.contactId(),
                contacts(draft, task));
    }

    /**
     * The care task the draft links, read in the requester's scope: refused when the requester may not
     * read it, or it is not the customer's, not of the campaign named, or the contact is not logged on it.
     */
    private CustomerTask linkedTask(HandoffDraft draft) {
        CustomerTask task;
        try {
            task = execution.customerTask(Objects.requireNonNull(draft.taskId()));
        } catch (AccessDeniedException | RecordNotFound notTheirs) {
            throw new RuleViolation("handoff.task.notInScope", "task");
        }
        if (task.customerId() != draft.customerId()) {
            throw new RuleViolation("handoff.task.notOfCustomer", "task");
        }
        if (draft.campaignId() != null && task.campaignId() != draft.campaignId()) {
            throw new RuleViolation("handoff.task.notOfCampaign", "task");
        }
        if (draft.contactId() != null && task.contact(draft.contactId()).isEmpty()) {
            throw new RuleViolation("handoff.contact.notOfTask", "contact");
        }
        return task;
    }

    /**
     * The contacts the requester passed, else those logged on the linked care task or on the customer's
     * task in the campaign (channel and outcome as message keys, so each reader sees them in their
     * language); none when the requester may not read that task.
     */
    private List<ContactRecord> contacts(HandoffDraft draft, @Nullable CustomerTask task) {
        if (!draft.contacts().isEmpty()) {
            return draft.contacts();
        }
        if (task != null) {
            return task.contacts().stream()
                    .map(contact -> new ContactRecord(contact.contactedAt(), contact.staffName(),
                            contact.channel().labelKey(), contact.outcome().labelKey(), contact.note(),
                            contact.contactId()))
                    .toList();
        }
        if (draft.campaignId() == null) {
            return List.of();
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
