package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

    @Query("select i from Inspection i join fetch i.template where i.unitPath like :pathPattern "
            + "order by i.plannedOn desc, i.id desc")
    List<Inspection> findInScope(String pathPattern);
}
