package vn.vnpt.bacgiang.cskh.execution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A logged contact as a supervisor calling the customer back needs it (see {@link LoggedContacts}). */
public record LoggedContact(long contactId, long customerId, String customerName, @Nullable String phone,
                            ContactOutcome outcome, long staffId, String staffName, Instant contactedAt) {
}
