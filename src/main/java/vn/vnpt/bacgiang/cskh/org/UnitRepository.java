package vn.vnpt.bacgiang.cskh.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    @Query("select u from Unit u left join fetch u.parent where u.path like :scope order by u.path")
    List<Unit> findInScope(@Param("scope") String scopePattern);

    long countByPathLike(String scopePattern);

    @Query("select count(distinct u.district) from Unit u where u.path like :scope")
    long countDistrictsInScope(@Param("scope") String scopePattern);

    @Query("select u from Unit u left join fetch u.parent where u.id = :id")
    Optional<Unit> findWithParent(@Param("id") long id);

    Optional<Unit> findByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);

    boolean existsByCode(String code);

    @Modifying
    @Query("update Unit u set u.path = concat(:newPath, substring(u.path, length(:oldPath) + 1)) "
            + "where u.path like concat(:oldPath, '_%')")
    int movePaths(@Param("oldPath") String oldPath, @Param("newPath") String newPath);
}
