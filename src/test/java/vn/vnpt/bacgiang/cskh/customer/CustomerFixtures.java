package vn.vnpt.bacgiang.cskh.customer;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.Unit;

/**
 * Writes customers for tests, in Lục Nam and Lục Ngạn only (other tests count customers in other
 * districts), with unique codes so tests never collide.
 */
@Component
public class CustomerFixtures {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    public static final long LUC_NAM_STORE = 110;
    public static final long LUC_NGAN_STORE = 120;

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final KeptCustomerSummaries keptSummaries;

    CustomerFixtures(EntityManager entityManager, TransactionTemplate transactions,
                     KeptCustomerSummaries keptSummaries) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.keptSummaries = keptSummaries;
    }

    /** A postpaid customer whose spend fell, with overdue charges and an open complaint: high churn risk. */
    public Customer atRiskCustomer(String name, long storeId) {
        return transactions.execute(status -> {
            Customer customer = customer(name, storeId, CustomerKind.INDIVIDUAL);
            Subscription postpaid = new Subscription(customer, Service.VINAPHONE_POSTPAID, number(), "VD149",
                    LocalDate.of(2012, 3, 15), SubscriptionStatus.ACTIVE);
            postpaid.setCharges(new MonthlyCharges(new long[]{300_000, 310_000, 305_000, 300_000, 295_000, 300_000,
                    320_000, 310_000, 300_000, 150_000, 140_000, 130_000}), AS_OF.minusMonths(1));
            postpaid.setOverdueAmount(260_000);
            entityManager.persist(postpaid);
            Complaint complaint = new Complaint(customer, AS_OF.minusDays(20), ComplaintChannel.HOTLINE,
                    ComplaintTopic.BILLING, false, "Cước tháng 10 cao bất thường");
            entityManager.persist(complaint);
            customer.applyIndicators(CustomerIndicators.compute(List.of(postpaid.facts()),
                    List.of(complaint.facts()), AS_OF));
            return customer;
        });
    }

    /** A loyal FiberVNN customer with steady spend and nothing against them: low risk. */
    public Customer loyalCustomer(String name, long storeId) {
        return transactions.execute(status -> {
            Customer customer = customer(name, storeId, CustomerKind.HOUSEHOLD_BUSINESS);
            Subscription fiber = new Subscription(customer, Service.FIBERVNN, number(), "Home Net 2",
                    LocalDate.of(2009, 6, 1), SubscriptionStatus.ACTIVE);
            long[] steady = new long[MonthlyCharges.MONTHS];
            Arrays.fill(steady, 245_000);
            fiber.setCharges(new MonthlyCharges(steady), AS_OF.minusMonths(1));
            entityManager.persist(fiber);
            customer.applyIndicators(CustomerIndicators.compute(List.of(fiber.facts()), List.of(), AS_OF));
            return customer;
        });
    }

    /** Adds a customer as an import would, so the home page's kept customer figures are dropped as after one. */
    private Customer customer(String name, long storeId, CustomerKind kind) {
        keptSummaries.drop();
        Unit store = entityManager.find(Unit.class, storeId);
        Customer customer = new Customer();
        customer.setCode("KHT-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        customer.setName(name);
        customer.setKind(kind);
        customer.setBirthDate(LocalDate.of(1978, 11, 30));
        customer.setPhone("0912 345 678");
        customer.setDistrict(store.getDistrict() == null ? District.LNM : store.getDistrict());
        customer.setCommune("Thị trấn Đồi Ngô");
        customer.setAddress("Tổ dân phố 3");
        customer.setUnit(store);
        customer.setCustomerSince(LocalDate.of(2009, 6, 1));
        customer.setVipTier(VipTier.GOLD);
        entityManager.persist(customer);
        return customer;
    }

    private static String number() {
        return "09" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }
}
