package vn.vnpt.bacgiang.cskh.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedReportRepository extends JpaRepository<IssuedReport, Long> {

    List<IssuedReport> findByCampaignIdOrderByEditionDesc(long campaignId);

    @Query("select coalesce(max(r.number), 0) from IssuedReport r where r.issueYear = :year")
    int lastNumber(int year);
}
