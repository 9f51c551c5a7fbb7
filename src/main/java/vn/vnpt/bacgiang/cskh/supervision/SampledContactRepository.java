package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SampledContactRepository extends JpaRepository<SampledContact, Long> {

    List<SampledContact> findBySampleIdOrderByPosition(long sampleId);
}
