package vn.vnpt.bacgiang.cskh.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StateChangeRepository extends JpaRepository<StateChange, Long> {

    List<StateChange> findByCampaignIdOrderByAtAscIdAsc(long campaignId);
}
