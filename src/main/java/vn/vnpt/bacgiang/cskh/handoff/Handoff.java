package vn.vnpt.bacgiang.cskh.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.Formula;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/**
 * A hand-off (yêu cầu chuyển xử lý): who asked whom to do what for which customer, the context packet
 * taken when it was raised, where it is in its life cycle and the deadline its current state runs to.
 */
@Entity
@Table(name = "handoff")
public class Handoff extends AuditedEntity {
    /** The longest description, message or reason a hand-off takes (its columns' width). */
    public static final int TEXT_MAX = 2000;


    @Enumerated(EnumType.STRING)
    @Column(name = "handoff_type")
    private HandoffType type = HandoffType.REPAIR;
    @Enumerated(EnumType.STRING)
    private HandoffPriority priority = HandoffPriority.NORMAL;
    /** The priority as a number to sort by, most urgent first (the column holds the enum's name). */
    @Formula("(case priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end)")
    private int urgency;
    @Enumerated(EnumType.STRING)
    private HandoffState state = HandoffState.SENT;
    @Column(name = "is_open")
    private boolean open = true;
    private String description = "";

    private long requesterId;
    private String requesterName = "";
    private long requesterUnitId;
    private String requesterUnitName = "";
    private String requesterUnitPath = "";
    private long receiverUnitId;
    private String receiverUnitName = "";

    private long customerId;
    private String customerCode = "";
    private String customerName = "";
    private @Nullable String customerPhone;
    private @Nullable String customerAddress;
    private @Nullable String customerDistrict;
    private @Nullable String customerFacts;
    private @Nullable Long subscriptionId;
    private @Nullable String subscriptionLabel;
    private @Nullable Long campaignId;
    private @Nullable String campaignName;
    private @Nullable Long taskId;
    private @Nullable Long contactId;
    private @Nullable String contactHistory;

    private Instant sentAt = Instant.EPOCH;
    private @Nullable Instant acceptedAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant closedAt;
    private int acceptMinutes;
    private int resolveMinutes;
    private int warnPercent;
    private @Nullable Instant dueAt;
    private @Nullable Instant warnAt;
    private @Nullable Instant pausedSince;
    private int bounces;
    private int reopens;
    private int escalationLevel;
    private boolean warned;
    private @Nullable String returnedReason;
    private @Nullable String resolution;
    /** Whether the hand-off was accepted by its accept deadline; null until accepted (or without a deadline). */
    private @Nullable Boolean acceptSlaMet;
    /** Whether it was resolved by its resolve deadline; null until resolved (or without a deadline). */
    private @Nullable Boolean resolveSlaMet;

    protected Handoff() {
    }

    Handoff(HandoffType type, HandoffPriority priority, String description) {
        this.type = type;
        this.priority = priority;
        this.description = description;
    }

    void requestedBy(long userId, String userName, long unitId, String unitName, String unitPath) {
        this.requesterId = userId;
        this.requesterName = userName;
        this.requesterUnitId = unitId;
        this.requesterUnitName = unitName;
        this.requesterUnitPath = unitPath;
    }

    void sendTo(long unitId, String unitName) {
        this.receiverUnitId = unitId;
        this.receiverUnitName = unitName;
    }

    void packet(ContextPacket packet) {
        this.customerId = packet.customerId();
        this.customerCode = packet.customerCode();
        this.customerName = packet.customerName();
        this.customerPhone = packet.customerPhone();
        this.customerAddress = packet.customerAddress();
        this.customerDistrict = packet.customerDistrict();
        this.customerFacts = packet.customerFacts();
        this.subscriptionId = packet.subscriptionId();
        this.subscriptionLabel = packet.subscriptionLabel();
        this.campaignId = packet.campaignId();
        this.campaignName = packet.campaignName();
        this.taskId = packet.taskId();
        this.contactId = packet.contactId();
        this.contactHistory = ContactRecord.toJson(packet.contacts());
    }

    /** The context packet as it was taken when the hand-off was raised. */
    public ContextPacket packet() {
        return new ContextPacket(customerId, customerCode, customerName, customerPhone, customerAddress,
                customerDistrict, customerFacts, subscriptionId, subscriptionLabel, campaignId, campaignName, taskId,
                contactId, ContactRecord.fromJson(contactHistory));
    }

    void targets(SlaTarget target) {
        this.acceptMinutes = target.getAcceptMinutes();
        this.resolveMinutes = target.getResolveMinutes();
        this.warnPercent = target.getWarnPercent();
    }

    void edit(HandoffPriority priority, String description) {
        this.priority = priority;
        this.description = description;
    }

    void moveTo(HandoffState next) {
        this.state = next;
        this.open = next.isOpen();
    }

    void sent(Instant at) {
        this.sentAt = at;
        this.acceptedAt = null;
        this.acceptSlaMet = null;
        this.returnedReason = null;
    }

    /** Accepted at {@code at}; met when not after the accept deadline stored while it was sent. */
    void accepted(Instant at) {
        this.acceptSlaMet = metBy(at);
        this.acceptedAt = at;
    }

    void returned(String reason) {
        this.returnedReason = reason;
        this.bounces++;
    }

    /** Resolved at {@code at}; met when not after the resolve deadline stored while it was worked. */
    void resolved(Instant at, String text) {
        this.resolveSlaMet = metBy(at);
        this.resolvedAt = at;
        this.resolution = text;
    }

    void reopened() {
        this.reopens++;
        this.resolvedAt = null;
        this.resolveSlaMet = null;
    }

    private @Nullable Boolean metBy(Instant at) {
        return dueAt == null ? null : !at.isAfter(dueAt);
    }

    void closed(Instant at) {
        this.closedAt = at;
    }

    void pausedSince(@Nullable Instant since) {
        this.pausedSince = since;
    }

    /** The deadline of the current state and the moment its warning starts; both null when no clock runs. */
    void deadline(@Nullable Instant due, @Nullable Instant warn) {
        if (due == null || !due.equals(this.dueAt)) {
            this.warned = false;
        }
        this.dueAt = due;
        this.warnAt = warn;
    }

    void warned() {
        this.warned = true;
    }

    void escalatedTo(int level) {
        this.escalationLevel = level;
    }

    public HandoffType getType() {
        return type;
    }

    public HandoffPriority getPriority() {
        return priority;
    }

    public HandoffState getState() {
        return state;
    }

    public boolean isOpen() {
        return open;
    }

    public String getDescription() {
        return description;
    }

    public long getRequesterId() {
        return requesterId;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public long getRequesterUnitId() {
        return requesterUnitId;
    }

    public String getRequesterUnitName() {
        return requesterUnitName;
    }

    public String getRequesterUnitPath() {
        return requesterUnitPath;
    }

    public long getReceiverUnitId() {
        return receiverUnitId;
    }

    public String getReceiverUnitName() {
        return receiverUnitName;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public @Nullable Instant getAcceptedAt() {
        return acceptedAt;
    }

    public @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public int getAcceptMinutes() {
        return acceptMinutes;
    }

    public int getResolveMinutes() {
        return resolveMinutes;
    }

    public int getWarnPercent() {
        return warnPercent;
    }

    public @Nullable Instant getDueAt() {
        return dueAt;
    }

    public @Nullable Instant getWarnAt() {
        return warnAt;
    }

    public @Nullable Instant getPausedSince() {
        return pausedSince;
    }

    public int getBounces() {
        return bounces;
    }

    public int getReopens() {
        return reopens;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public boolean isWarned() {
        return warned;
    }

    public @Nullable String getReturnedReason() {
        return returnedReason;
    }

    public @Nullable String getResolution() {
        return resolution;
    }

    public @Nullable Boolean getAcceptSlaMet() {
        return acceptSlaMet;
    }

    public @Nullable Boolean getResolveSlaMet() {
        return resolveSlaMet;
    }

    /** A short reference for people: HO-000123. */
    public String reference() {
        return String.format("HO-%06d", getId());
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("type", type.name());
        audit.put("priority", priority.name());
        audit.put("state", state.name());
        audit.put("description", description);
        audit.put("requesterUnit", requesterUnitName);
        audit.put("receiverUnit", receiverUnitName);
        audit.put("customer", customerCode);
        audit.put("dueAt", dueAt == null ? "" : dueAt.toString());
        audit.put("bounces", bounces);
        audit.put("reopens", reopens);
        audit.put("escalationLevel", escalationLevel);
        audit.put("returnedReason", returnedReason == null ? "" : returnedReason);
        audit.put("resolution", resolution == null ? "" : resolution);
        return audit;
    }

    @Override
    public String toString() {
        return reference();
    }
}
