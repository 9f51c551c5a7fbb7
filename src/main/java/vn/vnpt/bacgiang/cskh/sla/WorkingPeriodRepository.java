package vn.vnpt.bacgiang.cskh.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingPeriodRepository extends JpaRepository<WorkingPeriod, Long> {

    List<WorkingPeriod> findAllByOrderByWeekdayAscStartAsc();

    List<WorkingPeriod> findByWeekday(int weekday);
}
