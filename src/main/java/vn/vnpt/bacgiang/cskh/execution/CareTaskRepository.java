package vn.vnpt.bacgiang.cskh.execution;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareTaskRepository extends JpaRepository<CareTask, Long> {

    boolean existsByAssigneeIdAndCustomerId(Long assigneeId, long customerId);
}
