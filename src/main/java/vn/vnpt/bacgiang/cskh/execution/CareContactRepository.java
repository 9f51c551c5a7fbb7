package vn.vnpt.bacgiang.cskh.execution;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareContactRepository extends JpaRepository<CareContact, Long> {
}
