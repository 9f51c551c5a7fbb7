package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignOrientationRepository extends JpaRepository<CampaignOrientation, Long> {

    Optional<CampaignOrientation> findByCampaignId(long campaignId);
}
