package vn.vnpt.bacgiang.cskh.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignShareRepository extends JpaRepository<CampaignShare, Long> {

    List<CampaignShare> findByCampaignIdOrderByUnitNameAsc(long campaignId);
}
