package vn.vnpt.bacgiang.cskh.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.KeptFigures;

/** The home page's customer figures are kept a minute per scope, then counted again; the change rolls back. */
@Transactional
class CustomerSummaryTest extends PortalTest {

    private static final LocalDateTime NOON = LocalDateTime.now().plusDays(1).withHour(12).withMinute(0).withSecond(0)
            .withNano(0);

    @Autowired
    private CustomerService customers;
    @Autowired
    private KeptCustomerSummaries kept;
    @Autowired
    private CustomerFixtures fixtures;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    @Test
    void theCustomerFiguresOfAScopeAreKeptAMinuteThenCountedAgainAndTheJobRecountsThem() {
        clock.stopAt(NOON);
        long loyal = fixtures.loyalCustomer("Khách của bảng tóm tắt", CustomerFixtures.LUC_NAM_STORE).getId();
        signIn("giamdoc");
        CustomerSummary counted = customers.summary();
        assertThat(counted.customers()).isEqualTo(count("SELECT COUNT(*) FROM customer"));
        jdbc.update("UPDATE customer SET churn_risk = 2 WHERE id = ?", loyal);

        assertThat(customers.summary()).as("kept").isEqualTo(counted);
        clock.stopAt(NOON.plus(KeptFigures.MAX_AGE).plusSeconds(1));
        assertThat(customers.summary().highChurnRisk()).isEqualTo(counted.highChurnRisk() + 1)
                .isEqualTo(count("SELECT COUNT(*) FROM customer WHERE churn_risk = 2"));

        jdbc.update("UPDATE customer SET overdue_amount = 1000 WHERE id = ?", loyal);
        kept.refresh();
        assertThat(customers.summary().overdue()).as("the job's count")
                .isEqualTo(count("SELECT COUNT(*) FROM customer WHERE overdue_amount > 0"));
        signIn("tpbg.truongphong");
        assertThat(customers.summary().customers()).as("another scope, counted on its own")
                .isLessThan(counted.customers());
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
