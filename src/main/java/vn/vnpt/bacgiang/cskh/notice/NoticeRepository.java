package vn.vnpt.bacgiang.cskh.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    long countByRecipientAndReadAtIsNull(long recipient);

    List<Notice> findByRecipientOrderByCreatedAtDescIdDesc(long recipient, Pageable page);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Notice n set n.readAt = :at where n.id = :id and n.recipient = :recipient and n.readAt is null")
    int markRead(long id, long recipient, Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Notice n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(long recipient, Instant at);

    boolean existsByIdAndRecipient(long id, long recipient);

    /** Active accounts of a unit holding a role; read straight from the accounts' tables, which the org module owns. */
    @Query(value = """
            SELECT DISTINCT a.id FROM user_account a JOIN user_role r ON r.user_id = a.id
            WHERE a.unit_id = :unitId AND r.role IN (:roles) AND a.enabled
            ORDER BY a.id""", nativeQuery = true)
    List<Long> activeHolders(long unitId, Collection<String> roles);

    /** Active accounts holding a role, in any unit. */
    @Query(value = """
            SELECT DISTINCT a.id FROM user_account a JOIN user_role r ON r.user_id = a.id
            WHERE r.role IN (:roles) AND a.enabled
            ORDER BY a.id""", nativeQuery = true)
    List<Long> activeHoldersAnywhere(Collection<String> roles);
}
