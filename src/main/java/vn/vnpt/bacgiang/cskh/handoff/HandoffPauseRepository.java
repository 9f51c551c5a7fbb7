package vn.vnpt.bacgiang.cskh.handoff;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HandoffPauseRepository extends JpaRepository<HandoffPause, Long> {

    List<HandoffPause> findByHandoffIdOrderByStartedAtAsc(long handoffId);

    @Query("select p from HandoffPause p where p.handoffId in :ids order by p.startedAt")
    List<HandoffPause> findByHandoffIds(@Param("ids") Collection<Long> ids);
}
