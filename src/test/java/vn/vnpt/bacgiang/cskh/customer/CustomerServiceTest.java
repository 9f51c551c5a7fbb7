package vn.vnpt.bacgiang.cskh.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;

class CustomerServiceTest extends PortalTest {

    @Autowired
    private CustomerService customers;
    @Autowired
    private CustomerFixtures fixtures;

    @ParameterizedTest(name = "{0} cannot read a Lục Ngạn customer")
    @ValueSource(strings = {"lucnam.truongphong", "lucnam.cskh1"})
    void aLucNamUserCannotReadALucNganCustomer(String username) throws Exception {
        Customer lucNgan = fixtures.loyalCustomer("Giáp Thị Thu", CustomerFixtures.LUC_NGAN_STORE);

        as(username, () -> {
            assertThatThrownBy(() -> customers.details(lucNgan.getId())).isInstanceOf(AccessDeniedException.class);
            assertThat(customers.find(lucNgan.getCode(), 0, 10)).isEmpty();
            return null;
        });
    }

    @ParameterizedTest(name = "{0} reads every district''s customers")
    @ValueSource(strings = {"giamdoc", "kehoach", "giamsat", "admin", "lucngan.truongphong"})
    void provinceWideRolesAndTheOwnManagerReadTheCustomer(String username) throws Exception {
        Customer lucNgan = fixtures.loyalCustomer("Thân Văn Khoa", CustomerFixtures.LUC_NGAN_STORE);

        CustomerDetails details = as(username, () -> customers.details(lucNgan.getId()));

        assertThat(details.customer().getName()).isEqualTo("Thân Văn Khoa");
        assertThat(details.subscriptions()).extracting(Subscription::getPackageName).containsExactly("Home Net 2");
    }

    @Test
    void careStaffFindTheirStoresCustomersByCodePhoneOrTheStartOfTheName() throws Exception {
        Customer mine = fixtures.atRiskCustomer("Nguyễn Thị Hoa Lục Nam", CustomerFixtures.LUC_NAM_STORE);

        assertThat(as("lucnam.cskh1", () -> customers.find(mine.getCode(), 0, 10))).extracting(Customer::getCode)
                .containsExactly(mine.getCode());
        assertThat(as("lucnam.cskh1", () -> customers.find("nguyễn thị hoa lục", 0, 10)))
                .extracting(Customer::getCode).contains(mine.getCode());
        assertThatThrownBy(() -> as("ttvt.lucnam", () -> customers.find(mine.getCode(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theIndicatorsStoredWithACustomerExplainTheRisk() throws Exception {
        Customer atRisk = fixtures.atRiskCustomer("Lương Văn Bảo", CustomerFixtures.LUC_NAM_STORE);

        Customer read = as("lucnam.truongphong", () -> customers.details(atRisk.getId()).customer());

        assertThat(read.getChurnRisk()).isEqualTo(ChurnRisk.HIGH);
        assertThat(read.getChurnReasons()).containsExactlyInAnyOrder(ChurnReason.FALLING_SPEND, ChurnReason.OVERDUE,
                ChurnReason.COMPLAINTS);
        assertThat(read.getArpu()).isEqualTo(140_000);
        assertThat(read.getArpuPrevious()).isEqualTo(310_000);
    }
}
