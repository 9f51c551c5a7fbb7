package vn.vnpt.bacgiang.cskh.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignShareRepository extends JpaRepository<CampaignShare, Long> {

    List<CampaignShare> findByCampaignIdOrderByUnitNameAsc(long campaignId);

    /** The campaign's shares of executing units the user takes part through (see {@link CampaignRepository#TAKES_PART}). */
    @Query(value = "SELECT s.* FROM campaign_share s JOIN unit u ON u.id = s.unit_id WHERE s.campaign_id = :campaignId"
            + " AND (u.path LIKE :scope OR :unitPath LIKE CONCAT(u.path, '%')) ORDER BY s.unit_name", nativeQuery = true)
    List<CampaignShare> findTakenPartIn(@Param("campaignId") long campaignId, @Param("scope") String scope,
                                        @Param("unitPath") String unitPath);
}
