package vn.vnpt.bacgiang.cskh.settlement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SettledLineRepository extends JpaRepository<SettledLine, Long> {

    List<SettledLine> findByCampaignId(long campaignId);

    Optional<SettledLine> findByBudgetLineId(long budgetLineId);
}
