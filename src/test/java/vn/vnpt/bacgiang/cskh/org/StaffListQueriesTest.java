package vn.vnpt.bacgiang.cskh.org;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vnpt.bacgiang.cskh.PortalTest;

/** A list page costs the same few statements whatever its size: ids first, then the rows with their unit and roles. */
class StaffListQueriesTest extends PortalTest {

    @Autowired
    private StaffService staff;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void aStaffPageRunsTwoStatementsWhetherItHoldsFiveRowsOrForty() {
        signIn("giamdoc");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        statistics.clear();
        var small = staff.find(StaffFilter.all(), 0, 5);
        long smallStatements = statistics.getPrepareStatementCount();

        statistics.clear();
        var large = staff.find(StaffFilter.all(), 0, 40);
        large.forEach(account -> {
            account.getUnit().getName();
            account.getRoles().size();
        });
        long largeStatements = statistics.getPrepareStatementCount();

        assertThat(small).hasSize(5);
        assertThat(large).hasSize(40);
        assertThat(smallStatements).isEqualTo(2);
        assertThat(largeStatements).isEqualTo(2);
    }

    @Test
    void searchIgnoresCaseAndToneMarksButKeepsVietnameseLettersApart() {
        signIn("giamdoc");
        assertThat(staff.find(new StaffFilter(null, "HOÀNG VĂN THẮNG"), 0, 10))
                .extracting(UserAccount::getFullName).containsExactly("Hoàng Văn Thắng");
        assertThat(staff.find(new StaffFilter(null, "hoang văn thăng"), 0, 10))
                .extracting(UserAccount::getFullName).containsExactly("Hoàng Văn Thắng");
        assertThat(staff.find(new StaffFilter(null, "van thang"), 0, 10)).isEmpty();
    }
}
