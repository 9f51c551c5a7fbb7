package vn.vnpt.bacgiang.cskh.customer.generator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.Complaint;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerIndicators;
import vn.vnpt.bacgiang.cskh.customer.CustomerIndicators.Indicators;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.customer.Subscription;

/**
 * A few hundred customers bulk-loaded inside a transaction that is rolled back, so that the shared
 * test database keeps no generated customers.
 */
class PopulationLoaderTest extends PortalTest {

    private static final int CUSTOMERS = 300;

    @Autowired
    private PopulationLoader loader;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EntityManager entityManager;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void loadedCustomersCarryTheIndicatorsThePortalComputesAndTheirUnitsPathAndNothingIsLeftAfterRollback() {
        long customersBefore = count("customer");
        long subscriptionsBefore = count("subscription");

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            long firstId = FirstIds.after(jdbc).customer();

            LoadReport report = loader.load(CUSTOMERS, 11);

            assertThat(report.tables()).extracting(LoadReport.TableLoad::table)
                    .containsExactly(PopulationTable.values());
            assertThat(count("customer")).isEqualTo(customersBefore + CUSTOMERS);
            assertThat(count("subscription")).isEqualTo(subscriptionsBefore + report.tables().get(1).rows());
            List<Customer> customers = entityManager.createQuery(
                    "select c from Customer c join fetch c.unit where c.id >= :first", Customer.class)
                    .setParameter("first", firstId).getResultList();
            Map<Long, List<Subscription>> subscriptions = entityManager.createQuery(
                    "select s from Subscription s where s.customer.id >= :first", Subscription.class)
                    .setParameter("first", firstId).getResultStream()
                    .collect(Collectors.groupingBy(subscription -> subscription.getCustomer().getId()));
            Map<Long, List<Complaint>> complaints = entityManager.createQuery(
                    "select c from Complaint c where c.customer.id >= :first", Complaint.class)
                    .setParameter("first", firstId).getResultStream()
                    .collect(Collectors.groupingBy(complaint -> complaint.getCustomer().getId()));

            assertThat(customers).hasSize(CUSTOMERS).allSatisfy(customer -> {
                assertThat(customer.getUnitPath()).isEqualTo(customer.getUnit().getPath());
                assertThat(stored(customer)).isEqualTo(CustomerIndicators.compute(
                        subscriptions.get(customer.getId()).stream().map(Subscription::facts).toList(),
                        complaints.getOrDefault(customer.getId(), List.of()).stream().map(Complaint::facts).toList(),
                        customer.getIndicatorsOn()));
            });
            assertThat(customers).extracting(Customer::getChurnRisk).contains(ChurnRisk.values());
            assertThat(complaints).isNotEmpty();
        });

        assertThat(count("customer")).isEqualTo(customersBefore);
        assertThat(count("subscription")).isEqualTo(subscriptionsBefore);
    }

    @Test
    void askedForChunksItLoadsEachApartAndTheIdsAndNumbersGoOnFromOneToTheNext() {
        long customersBefore = count("customer");

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            long firstId = FirstIds.after(jdbc).customer();

            List<LoadReport> reports = loader.loadInChunks(25, 11, 10);

            assertThat(reports).extracting(LoadReport::customers).containsExactly(10, 10, 5);
            assertThat(count("customer")).isEqualTo(customersBefore + 25);
            assertThat(jdbc.sql("select count(distinct code) from customer where id >= ?").param(firstId)
                    .query(Long.class).single()).isEqualTo(25);
            assertThat(jdbc.sql("select count(*) = count(distinct service, number) from subscription where customer_id >= ?")
                    .param(firstId).query(Boolean.class).single()).isTrue();
        });

        assertThat(count("customer")).isEqualTo(customersBefore);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static Indicators stored(Customer customer) {
        return new Indicators(Service.mask(customer.getActiveServices()), Service.mask(customer.getSuspendedServices()),
                customer.getArpu(), customer.getArpuPrevious(), customer.getArpuTrend(), customer.getOverdueAmount(),
                customer.getComplaints12m(), customer.getLastComplaintOn(), customer.getLastInstallOn(),
                customer.getContractEndOn(), customer.getChurnRisk(), customer.getChurnReasons(),
                customer.getIndicatorsOn());
    }
}
