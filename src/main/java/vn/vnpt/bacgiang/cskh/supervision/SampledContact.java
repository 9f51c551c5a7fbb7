package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;

/**
 * One contact of a callback sample: a copy of what the supervisor sees when calling the customer back,
 * and what the customer said; its version detects a result recorded from a stale read.
 */
@Entity
@Table(name = "sampled_contact")
public class SampledContact extends AuditedEntity {

    private long sampleId;
    private int position;
    private long contactId;
    private long customerId;
    private String customerName = "";
    private @Nullable String phone;
    @Enumerated(EnumType.STRING)
    private ContactOutcome outcome = ContactOutcome.NOT_REACHED;
    private long staffId;
    private String staffName = "";
    private Instant contactedAt = Instant.EPOCH;
    @Enumerated(EnumType.STRING)
    private @Nullable CallbackResult result;
    private @Nullable String comment;
    private @Nullable String recordedBy;
    private @Nullable Instant recordedAt;

    protected SampledContact() {
    }

    void record(CallbackResult result, @Nullable String comment, String by, Instant at) {
        this.result = result;
        this.comment = comment;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public long getSampleId() {
        return sampleId;
    }

    public int getPosition() {
        return position;
    }

    public long getContactId() {
        return contactId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public ContactOutcome getOutcome() {
        return outcome;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getStaffName() {
        return staffName;
    }

    public Instant getContactedAt() {
        return contactedAt;
    }

    public @Nullable CallbackResult getResult() {
        return result;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public @Nullable String getRecordedBy() {
        return recordedBy;
    }

    public @Nullable Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("contact", contactId);
        state.put("result", result == null ? null : result.name());
        state.put("comment", comment);
        return state;
    }
}
