package vn.vnpt.bacgiang.cskh.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findByCampaignId(long campaignId);
}
