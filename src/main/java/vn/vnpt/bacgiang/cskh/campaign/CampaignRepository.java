package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    /**
     * Campaign {@code c} has a share of an executing unit within the scope pattern (a manager's
     * department, a care staff member's own unit) or above the user's unit (a store's department).
     */
    String TAKES_PART = "EXISTS (SELECT 1 FROM campaign_share s JOIN unit u ON u.id = s.unit_id "
            + "WHERE s.campaign_id = c.id AND (u.path LIKE :scope OR :unitPath LIKE CONCAT(u.path, '%')))";

    @Query("select c from Campaign c where c.state in :states order by c.stepDeadline, c.id")
    List<Campaign> findInStates(@Param("states") Collection<CampaignState> states);

    /** The campaigns in the given states that the user's unit takes part in, in one query for the whole board. */
    @Query(value = "SELECT c.* FROM campaign c WHERE c.state IN (:states) AND " + TAKES_PART
            + " ORDER BY c.step_deadline, c.id", nativeQuery = true)
    List<Campaign> findInStatesTakenPartIn(@Param("states") Collection<String> states, @Param("scope") String scope,
                                           @Param("unitPath") String unitPath);

    @Query(value = "SELECT COUNT(*) FROM campaign c WHERE c.id = :id AND " + TAKES_PART, nativeQuery = true)
    long countTakenPartIn(@Param("id") long id, @Param("scope") String scope, @Param("unitPath") String unitPath);
}
