package vn.vnpt.bacgiang.cskh.campaign;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CareScriptVersionRepository extends JpaRepository<CareScriptVersion, Long> {

    List<CareScriptVersion> findByScriptIdOrderByNumberDesc(long scriptId);

    @Query("select count(v) > 0 from CareScriptVersion v, CareScript s where v.scriptId = s.id "
            + "and s.campaignId = :campaignId and v.state = vn.vnpt.bacgiang.cskh.campaign.ScriptState.APPROVED")
    boolean anyApproved(@Param("campaignId") long campaignId);
}
