package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    @Query("select new vn.vnpt.bacgiang.cskh.supervision.EvidenceInfo(e.id, e.itemId, e.fileName, e.mediaType, "
            + "e.sizeBytes, e.createdAt, e.uploadedBy, e.uploadedById) from Evidence e where e.inspectionId = :inspectionId order by e.id")
    List<EvidenceInfo> findInfoByInspectionId(long inspectionId);

    @Query("select new vn.vnpt.bacgiang.cskh.supervision.StoredPreview(e.id, e.preview) from Evidence e "
            + "where e.inspectionId = :inspectionId and e.preview is not null order by e.id")
    List<StoredPreview> findPreviewsByInspectionId(long inspectionId);
}
