package vn.vnpt.bacgiang.cskh.supervision;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistTemplateRepository extends JpaRepository<ChecklistTemplate, Long> {

    @Query("select t from ChecklistTemplate t where t.revision = "
            + "(select max(r.revision) from ChecklistTemplate r where r.code = t.code) order by t.name")
    List<ChecklistTemplate> findCurrent();

    List<ChecklistTemplate> findByCodeOrderByRevisionDesc(String code);

    Optional<ChecklistTemplate> findFirstByCodeOrderByRevisionDesc(String code);
}
