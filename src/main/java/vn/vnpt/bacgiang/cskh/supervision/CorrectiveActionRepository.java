package vn.vnpt.bacgiang.cskh.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

    Optional<CorrectiveAction> findByFindingId(long findingId);

    List<CorrectiveAction> findByFindingIdIn(Collection<Long> findingIds);

    @Query("select a from CorrectiveAction a where a.unitPath like :pathPattern or a.ownerId = :ownerId "
            + "order by a.dueOn, a.id")
    List<CorrectiveAction> findInScope(String pathPattern, long ownerId);

    /** Pending actions due on or before {@code until} that got no notice on {@code today} yet. */
    @Query("""
            select a from CorrectiveAction a
            where a.state in (vn.vnpt.bacgiang.cskh.supervision.ActionState.OPEN,
                              vn.vnpt.bacgiang.cskh.supervision.ActionState.REOPENED)
              and a.dueOn <= :until and (a.lastNoticeOn is null or a.lastNoticeOn < :today)
            order by a.id""")
    List<CorrectiveAction> toNotice(LocalDate until, LocalDate today);
}
