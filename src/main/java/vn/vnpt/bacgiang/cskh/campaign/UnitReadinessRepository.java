package vn.vnpt.bacgiang.cskh.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitReadinessRepository extends JpaRepository<UnitReadiness, Long> {

    List<UnitReadiness> findByCampaignIdOrderByUnitNameAsc(long campaignId);

    List<UnitReadiness> findByConfirmedAtIsNull();
}
