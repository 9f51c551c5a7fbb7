package vn.vnpt.bacgiang.cskh.handoff;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaTargetRepository extends JpaRepository<SlaTarget, Long> {

    Optional<SlaTarget> findByTypeAndPriority(HandoffType type, HandoffPriority priority);
}
