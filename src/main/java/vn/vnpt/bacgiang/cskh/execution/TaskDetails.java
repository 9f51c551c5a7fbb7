package vn.vnpt.bacgiang.cskh.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.Service;

/**
 * A care task as its page shows it: the customer's key facts, the campaign's channels and approved
 * scripts filled in for the customer, and the contacts logged so far, newest first.
 */
public record TaskDetails(WorklistRow task, TaskState state, @Nullable ContactOutcome lastOutcome,
                          Set<Service> services, LocalDate customerSince, int tenureYears, ChurnRisk churnRisk,
                          @Nullable String address, Set<CareChannel> channels, List<FilledScript> scripts,
                          List<ContactRecord> contacts, boolean lastAttempt) {
}
