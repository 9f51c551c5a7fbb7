package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query("select c from Campaign c where c.state in :states order by c.stepDeadline, c.id")
    List<Campaign> findInStates(@Param("states") Collection<CampaignState> states);
}
