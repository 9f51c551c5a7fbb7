package vn.vnpt.bacgiang.cskh.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedReportRepository extends JpaRepository<IssuedReport, Long> {

    List<IssuedReport> findByCampaignIdOrderByEditionDesc(long campaignId);

    /** Every issued copy without its bytes, newest first: the list of the Reports page. */
    @Query("select new vn.vnpt.bacgiang.cskh.report.IssuedCopy(r.id, r.campaignId, c.name, r.issueYear, r.number, "
            + "r.edition, r.cutOff, r.issuedByName, r.supersededAt) from IssuedReport r, Campaign c "
            + "where c.id = r.campaignId order by r.issueYear desc, r.number desc, r.edition desc")
    List<IssuedCopy> copies();

    @Query("select coalesce(max(r.number), 0) from IssuedReport r where r.issueYear = :year")
    int lastNumber(int year);
}
