package vn.vnpt.bacgiang.cskh.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One change of one business record. The table refuses updates and deletes (database triggers). */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private Instant occurredAt;
    private String actorUsername;
    private @Nullable Long actorUnitId;
    private @Nullable String actorUnitName;
    private String entityType;
    private String entityId;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private String summary;
    private @Nullable String beforeState;
    private @Nullable String afterState;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actorUsername, @Nullable Long actorUnitId, @Nullable String actorUnitName,
               String entityType, String entityId, AuditAction action, String summary,
               @Nullable String beforeState, @Nullable String afterState) {
        this.occurredAt = occurredAt;
        this.actorUsername = actorUsername;
        this.actorUnitId = actorUnitId;
        this.actorUnitName = actorUnitName;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.summary = summary;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public @Nullable Long getActorUnitId() {
        return actorUnitId;
    }

    public @Nullable String getActorUnitName() {
        return actorUnitName;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public @Nullable String getBeforeState() {
        return beforeState;
    }

    public @Nullable String getAfterState() {
        return afterState;
    }
}
