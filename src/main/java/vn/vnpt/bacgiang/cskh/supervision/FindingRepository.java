package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByInspectionIdOrderById(long inspectionId);
}
