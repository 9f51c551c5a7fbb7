package vn.vnpt.bacgiang.cskh.supervision;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackSampleRepository extends JpaRepository<CallbackSample, Long> {

    Optional<CallbackSample> findByInspectionId(long inspectionId);
}
