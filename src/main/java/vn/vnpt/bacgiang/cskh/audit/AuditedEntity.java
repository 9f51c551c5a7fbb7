package vn.vnpt.bacgiang.cskh.audit;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.Hibernate;
import vn.vnpt.bacgiang.cskh.base.VersionedEntity;

/**
 * A business record written to the audit trail under its entity's name and its id; subclasses
 * name only the fields worth recording ({@link #auditState()}).
 */
@MappedSuperclass
public abstract class AuditedEntity extends VersionedEntity implements Auditable {

    protected AuditedEntity() {
    }

    protected AuditedEntity(Instant createdAt) {
        super(createdAt);
    }

    @Override
    public String auditType() {
        return Hibernate.getClassLazy(this).getSimpleName();
    }

    @Override
    public String auditId() {
        return String.valueOf(getId());
    }
}
