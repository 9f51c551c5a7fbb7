package vn.vnpt.bacgiang.cskh.settlement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitSettlementRepository extends JpaRepository<UnitSettlement, Long> {

    List<UnitSettlement> findByCampaignId(long campaignId);

    Optional<UnitSettlement> findByCampaignIdAndUnitId(long campaignId, long unitId);
}
