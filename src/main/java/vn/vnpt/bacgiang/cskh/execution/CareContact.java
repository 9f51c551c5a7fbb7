package vn.vnpt.bacgiang.cskh.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/** One contact (lần chăm sóc) logged on a care task; never changed once written. */
@Entity
@Table(name = "care_contact")
class CareContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long taskId;
    private long campaignId;
    private long unitId;
    private long customerId;
    private long staffId;
    private String staffName = "";
    private Instant contactedAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    private CareChannel channel = CareChannel.CALL;

    @Enumerated(EnumType.STRING)
    private ContactOutcome outcome = ContactOutcome.NOT_REACHED;

    private @Nullable Long giftLineId;
    private int giftQuantity;
    private @Nullable Integer satisfaction;
    private @Nullable Instant callbackAt;
    private @Nullable Instant appointmentAt;
    private @Nullable String note;

    protected CareContact() {
    }

    /** The contact as the entry says, with the appointment it booked, if any (see {@link CareTask#booksVisit}). */
    CareContact(CareTask task, long staffId, String staffName, Instant at, ContactEntry entry,
                @Nullable Instant appointment) {
        this.taskId = java.util.Objects.requireNonNull(task.getId());
        this.campaignId = task.getCampaignId();
        this.unitId = task.getUnitId();
        this.customerId = task.getCustomerId();
        this.staffId = staffId;
        this.staffName = staffName;
        this.contactedAt = at;
        this.channel = java.util.Objects.requireNonNull(entry.channel());
        this.outcome = java.util.Objects.requireNonNull(entry.outcome());
        boolean reached = entry.outcome().reached();
        this.giftLineId = reached ? entry.giftLineId() : null;
        this.giftQuantity = reached && entry.giftLineId() != null ? entry.giftQuantity() : 0;
        this.satisfaction = reached ? entry.satisfaction() : null;
        this.callbackAt = entry.outcome() == ContactOutcome.NOT_REACHED ? entry.callbackAt() : null;
        this.appointmentAt = appointment;
        this.note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
    }

    @Nullable Long getId() {
        return id;
    }

    int getGiftQuantity() {
        return giftQuantity;
    }
}
