package vn.vnpt.bacgiang.cskh.segment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SegmentRepository extends JpaRepository<Segment, Long> {

    @Query("""
            select s from Segment s
            where :ownerId is null or s.ownerId = :ownerId
            order by s.savedAt desc, s.id desc""")
    List<Segment> findVisible(@Param("ownerId") @Nullable Long ownerId, Pageable page);

    @Query("""
            select count(s) > 0 from Segment s
            where s.ownerId = :ownerId and s.name = :name and (:id is null or s.id <> :id)""")
    boolean nameTaken(@Param("ownerId") long ownerId, @Param("name") String name, @Param("id") @Nullable Long id);
}
