package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByInspectionIdOrderById(long inspectionId);

    @Query("select distinct f.inspectionId from Finding f where f.state = :state")
    Set<Long> inspectionsWith(FindingState state);
}
