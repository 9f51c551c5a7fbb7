package vn.vnpt.bacgiang.cskh.execution;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.customer.VipTier;

/**
 * One task of a care staff member's worklist, read at its version; its due time is the booked visit's
 * when it has one.
 */
public record WorklistRow(long taskId, long version, long campaignId, String campaignName, long customerId,
                          String customerCode, String customerName, @Nullable String phone, VipTier vipTier,
                          Instant dueAt, int failedAttempts, @Nullable Instant appointmentAt, TaskState state) {
}
