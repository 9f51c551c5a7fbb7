package vn.vnpt.bacgiang.cskh.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareScriptRepository extends JpaRepository<CareScript, Long> {

    List<CareScript> findByCampaignIdOrderByIdAsc(long campaignId);
}
