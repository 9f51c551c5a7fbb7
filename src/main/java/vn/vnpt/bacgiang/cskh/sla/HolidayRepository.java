package vn.vnpt.bacgiang.cskh.sla;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findByDayBetweenOrderByDayAsc(LocalDate from, LocalDate to);

    boolean existsByDay(LocalDate day);

    boolean existsByDayAndIdNot(LocalDate day, long id);

    @Query("select distinct year(h.day) from Holiday h order by year(h.day)")
    List<Integer> years();

    @Query("select h.day from Holiday h")
    List<LocalDate> days();
}
