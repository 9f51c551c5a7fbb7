package vn.vnpt.bacgiang.cskh.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;

/**
 * One frozen member of a campaign to be cared for by its executing unit, and the counters of the
 * contacts logged on it. Rows are created in bulk by {@link Distribution}; this entity changes one
 * task as a contact is logged, under optimistic locking.
 */
@Entity
@Table(name = "care_task")
class CareTask extends AuditedEntity {

    /** The failed attempt that closes a task as unreachable. */
    static final int MAX_FAILED_ATTEMPTS = 3;

    private long campaignId;
    private long customerId;
    private long unitId;
    private @Nullable Long assigneeId;

    @Enumerated(EnumType.STRING)
    private TaskState state = TaskState.OPEN;

    private int vipRank;
    private Instant dueAt = Instant.EPOCH;
    private int contacts;
    private int failedAttempts;
    private int smsContacts;

    @Enumerated(EnumType.STRING)
    private @Nullable ContactOutcome lastOutcome;

    private @Nullable Instant lastContactAt;
    private @Nullable Instant callbackAt;
    private @Nullable Integer satisfaction;
    private boolean giftDelivered;
    private long giftCost;
    private @Nullable Instant appointmentAt;

    protected CareTask() {
    }

    /**
     * Counts a contact into the task and moves it on: a reached customer completes it, unless the
     * campaign's touches need a visit and this accepted call booked it (the task stays open, due at the
     * appointment); a wrong number or a customer who moved away closes it, and the third failed
     * attempt makes it unreachable; before that, a failed attempt makes the callback time the task's
     * new due time.
     */
    void record(ContactOutcome outcome, CareChannel channel, CareTouches touches, int gifts, long giftCost,
                @Nullable Integer rating, @Nullable Instant callback, @Nullable Instant appointment, Instant at) {
        contacts++;
        if (channel == CareChannel.SMS) {
            smsContacts++;
        }
        lastOutcome = outcome;
        lastContactAt = at;
        giftDelivered |= gifts > 0;
        this.giftCost += giftCost;
        appointmentAt = null;
        if (outcome.reached()) {
            satisfaction = rating;
            callbackAt = null;
            if (booksVisit(touches, channel, outcome) && appointment != null) {
                appointmentAt = appointment;
                dueAt = appointment;
            } else {
                state = TaskState.COMPLETED;
            }
        } else if (outcome == ContactOutcome.NOT_REACHED) {
            failedAttempts++;
            if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
                callbackAt = null;
                state = TaskState.UNREACHABLE;
            } else {
                callbackAt = callback;
                if (callback != null) {
                    dueAt = callback;
                }
            }
        } else {
            callbackAt = null;
            state = TaskState.CLOSED;
        }
    }

    /** Whether this contact is the call that books the visit the campaign's touches need. */
    static boolean booksVisit(CareTouches touches, CareChannel channel, ContactOutcome outcome) {
        return touches.needsVisit() && channel != CareChannel.VISIT && outcome == ContactOutcome.REACHED_ACCEPTED;
    }

    /** Whether the next failed attempt would close the task, so no callback time is asked for. */
    boolean lastAttempt() {
        return failedAttempts + 1 >= MAX_FAILED_ATTEMPTS;
    }

    long getCampaignId() {
        return campaignId;
    }

    long getCustomerId() {
        return customerId;
    }

    long getUnitId() {
        return unitId;
    }

    @Nullable Long getAssigneeId() {
        return assigneeId;
    }

    TaskState getState() {
        return state;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", this.state.name());
        state.put("assigneeId", assigneeId == null ? "" : assigneeId);
        state.put("contacts", contacts);
        state.put("failedAttempts", failedAttempts);
        state.put("lastOutcome", lastOutcome == null ? "" : lastOutcome.name());
        state.put("appointmentAt", appointmentAt == null ? "" : appointmentAt.toString());
        return state;
    }
}
