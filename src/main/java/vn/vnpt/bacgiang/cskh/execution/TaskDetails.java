package vn.vnpt.bacgiang.cskh.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.Service;

/**
 * A care task as its page shows it: the customer's key facts, the campaign's channels and approved
 * scripts filled in for the customer, the contacts logged so far, newest first, the touches the
 * campaign needs and the gift lines its contacts may hand over.
 */
public record TaskDetails(WorklistRow task, TaskState state, @Nullable ContactOutcome lastOutcome,
                          Set<Service> services, LocalDate customerSince, int tenureYears, ChurnRisk churnRisk,
                          @Nullable String address, Set<CareChannel> channels, List<FilledScript> scripts,
                          List<ContactRecord> contacts, boolean lastAttempt, CareTouches touches,
                          List<GiftLine> giftLines) {
}
