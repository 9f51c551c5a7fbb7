package vn.vnpt.bacgiang.cskh.scorecard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThresholdRepository extends JpaRepository<Threshold, Long> {

    List<Threshold> findAllByOrderByIdAsc();
}
