package vn.vnpt.bacgiang.cskh.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    List<Complaint> findByCustomerIdOrderByReceivedOnDesc(long customerId);
}
