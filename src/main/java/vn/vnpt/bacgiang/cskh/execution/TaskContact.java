package vn.vnpt.bacgiang.cskh.execution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/** One contact logged on a task, with its id so that a hand-off can name the contact that raised it. */
public record TaskContact(long contactId, Instant contactedAt, String staffName, CareChannel channel,
                          ContactOutcome outcome, @Nullable String note) {
}
