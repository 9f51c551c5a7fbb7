package vn.vnpt.bacgiang.cskh.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A business record: a generated id, a version for optimistic locking and its creation and last
 * change times. Two records are equal when they are of the same entity class and have the same id
 * (a record not yet saved equals only itself); the hash depends on the class only, so it stays
 * stable when a new record gets its id.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    protected VersionedEntity() {
    }

    /** A record whose creation time is one of its facts, read from the portal's clock rather than set on insert. */
    protected VersionedEntity(Instant createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    @PrePersist
    void onCreate() {
        if (createdAt.equals(Instant.EPOCH)) {
            createdAt = Instant.now();
        }
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * Refuses a change made on what was read at another version: someone else changed this record since,
     * and their change must not be overwritten unseen.
     */
    public void requireVersion(long expected) {
        if (version != expected) {
            throw new ObjectOptimisticLockingFailureException(Hibernate.getClassLazy(this), id);
        }
    }

    /**
     * Gives a detached copy made for an edit form this record's id, version and times, so the service
     * can find the record and refuse the edit when the record changed since it was read.
     */
    protected final void copyIdentityTo(VersionedEntity copy) {
        copy.id = id;
        copy.version = version;
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof VersionedEntity entity && getId() != null
                && Hibernate.getClassLazy(this) == Hibernate.getClassLazy(entity) && getId().equals(entity.getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClassLazy(this).hashCode();
    }
}
