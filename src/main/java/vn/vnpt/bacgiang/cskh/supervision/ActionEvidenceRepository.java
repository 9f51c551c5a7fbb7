package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionEvidenceRepository extends JpaRepository<ActionEvidence, Long> {

    @Query("select new vn.vnpt.bacgiang.cskh.supervision.ActionFile(e.id, e.actionId, e.fileName, e.mediaType, "
            + "e.sizeBytes, e.createdAt, e.uploadedBy) from ActionEvidence e where e.actionId = :actionId order by e.id")
    List<ActionFile> findFilesByActionId(long actionId);
}
