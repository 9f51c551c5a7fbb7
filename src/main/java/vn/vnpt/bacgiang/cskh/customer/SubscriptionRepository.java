package vn.vnpt.bacgiang.cskh.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    List<Subscription> findByCustomerIdOrderByStartDateDesc(long customerId);
}
