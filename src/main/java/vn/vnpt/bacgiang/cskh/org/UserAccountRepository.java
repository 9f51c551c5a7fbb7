package vn.vnpt.bacgiang.cskh.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("""
            select a.id from UserAccount a join a.unit u
            where u.path like :scope
              and (:unitPath is null or u.path like concat(:unitPath, '%'))
              and (:text is null or a.fullName like concat('%', :text, '%') or a.username like concat('%', :text, '%'))
            order by u.path, a.fullName, a.id""")
    List<Long> findIdsInScope(@Param("scope") String scopePattern, @Param("unitPath") @Nullable String unitPath,
                              @Param("text") @Nullable String text, Pageable page);

    @Query("select distinct a from UserAccount a join fetch a.unit left join fetch a.roles where a.id in :ids")
    List<UserAccount> findWithUnitAndRoles(@Param("ids") Collection<Long> ids);

    @Query("select a from UserAccount a join fetch a.unit left join fetch a.roles where a.id = :id")
    Optional<UserAccount> findWithUnitAndRoles(@Param("id") long id);

    @Query("select a from UserAccount a join fetch a.unit left join fetch a.roles where a.username = :username")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    @Query("select a.id from UserAccount a where a.unit.path like concat(:path, '%')")
    List<Long> findIdsInUnitsUnder(@Param("path") String path);

    boolean existsByUsernameAndIdNot(String username, long id);

    boolean existsByUsername(String username);

    @Query("select distinct a from UserAccount a join fetch a.unit u left join fetch a.roles where u.path like :scope")
    List<UserAccount> findAllInScope(@Param("scope") String scopePattern);

    @Query("select count(a) from UserAccount a where a.enabled = true and a.unit.path like :scope")
    long countEnabledInScope(@Param("scope") String scopePattern);
}
