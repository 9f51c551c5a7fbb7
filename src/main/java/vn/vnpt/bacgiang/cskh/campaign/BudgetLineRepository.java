package vn.vnpt.bacgiang.cskh.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByCampaignIdOrderByIdAsc(long campaignId);

    long countByCampaignId(long campaignId);
}
