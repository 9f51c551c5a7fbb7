package vn.vnpt.bacgiang.cskh.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    @Query("""
            select c.id from Customer c
            where c.unitPath like :scope
              and (:text is null or c.code = :text or c.phone = :text or c.name like concat(:text, '%'))
            order by c.name, c.id""")
    List<Long> findIdsInScope(@Param("scope") String scopePattern, @Param("text") @Nullable String text,
                              Pageable page);

    @Query("select c from Customer c join fetch c.unit where c.id in :ids")
    List<Customer> findWithUnit(@Param("ids") Collection<Long> ids);

    @Query("select c from Customer c join fetch c.unit where c.id = :id")
    Optional<Customer> findWithUnit(@Param("id") long id);

    Optional<Customer> findByCode(String code);

    @Query("select count(c) from Customer c where c.unitPath like :scope")
    long countInScope(@Param("scope") String scopePattern);

    @Query("select count(c) from Customer c where c.churnRisk = :risk and c.unitPath like :scope")
    long countByRiskInScope(@Param("risk") ChurnRisk risk, @Param("scope") String scopePattern);

    @Query("select count(c) from Customer c where c.overdueAmount > 0 and c.unitPath like :scope")
    long countOverdueInScope(@Param("scope") String scopePattern);
}
