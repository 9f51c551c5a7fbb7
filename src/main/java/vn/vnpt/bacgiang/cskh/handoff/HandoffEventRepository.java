package vn.vnpt.bacgiang.cskh.handoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandoffEventRepository extends JpaRepository<HandoffEvent, Long> {

    List<HandoffEvent> findByHandoffIdOrderByAtAscIdAsc(long handoffId);
}
