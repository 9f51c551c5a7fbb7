package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionAnswerRepository extends JpaRepository<InspectionAnswer, Long> {

    List<InspectionAnswer> findByInspectionId(long inspectionId);

    Optional<InspectionAnswer> findByInspectionIdAndItemId(long inspectionId, long itemId);
}
