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

/**
 * A business record: a generated id, a version for optimistic locking and its creation and last
 * change times. Two records are equal when they are of the same entity class and have the same id;
 * the hash depends on the class only, so it stays stable when a new record gets its id.
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

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
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

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionedEntity entity && getId() != null
                && Hibernate.getClassLazy(this) == Hibernate.getClassLazy(entity) && getId().equals(entity.getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClassLazy(this).hashCode();
    }
}
