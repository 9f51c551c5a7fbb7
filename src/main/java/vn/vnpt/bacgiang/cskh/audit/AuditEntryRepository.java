package vn.vnpt.bacgiang.cskh.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:entityType is null or e.entityType = :entityType)
              and (:entityId is null or e.entityId = :entityId)
              and (:actor is null or e.actorUsername like concat('%', :actor, '%'))
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
            order by e.occurredAt desc, e.id desc""")
    List<AuditEntry> search(@Param("entityType") @Nullable String entityType,
                            @Param("entityId") @Nullable String entityId,
                            @Param("actor") @Nullable String actor,
                            @Param("action") @Nullable AuditAction action,
                            @Param("from") @Nullable Instant from,
                            @Param("to") @Nullable Instant to,
                            Pageable page);

    @Query("""
            select count(e) from AuditEntry e
            where (:entityType is null or e.entityType = :entityType)
              and (:entityId is null or e.entityId = :entityId)
              and (:actor is null or e.actorUsername like concat('%', :actor, '%'))
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)""")
    long count(@Param("entityType") @Nullable String entityType,
               @Param("entityId") @Nullable String entityId,
               @Param("actor") @Nullable String actor,
               @Param("action") @Nullable AuditAction action,
               @Param("from") @Nullable Instant from,
               @Param("to") @Nullable Instant to);

    @Query("select distinct e.entityType from AuditEntry e order by e.entityType")
    List<String> entityTypes();
}
