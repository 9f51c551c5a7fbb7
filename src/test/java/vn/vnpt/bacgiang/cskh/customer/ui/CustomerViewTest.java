package vn.vnpt.bacgiang.cskh.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.base.ui.OutOfScopeView;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerFixtures;

class CustomerViewTest extends KaribuTest {

    @Autowired
    private CustomerFixtures fixtures;

    @Test
    void aManagerOpensTheirCustomerAndSeesWhyTheyAreAtRisk() {
        Customer customer = fixtures.atRiskCustomer("Vi Thị Hạnh", CustomerFixtures.LUC_NAM_STORE);
        login("lucnam.truongphong");
        navigate("customers");

        _setValue(_get(TextField.class), customer.getCode());
        @SuppressWarnings("unchecked")
        Grid<Customer> grid = _get(Grid.class);
        assertThat(_findAll(grid)).extracting(Customer::getName).containsExactly("Vi Thị Hạnh");

        navigate("customer/" + customer.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Vi Thị Hạnh");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactlyInAnyOrder(
                "Cước 3 tháng gần nhất giảm hơn 15% so với 3 tháng trước đó",
                "Khiếu nại nhiều (từ 3 lần/năm) hoặc có khiếu nại chưa giải quyết trong 90 ngày",
                "Đang nợ cước");
    }

    @Test
    void anotherDistrictsCustomerCannotBeOpenedByAddress() {
        Customer lucNgan = fixtures.loyalCustomer("Hà Văn Chiến", CustomerFixtures.LUC_NGAN_STORE);
        login("lucnam.truongphong");
        navigate("customer/" + lucNgan.getId());

        _assertNone(CustomerView.class);
        _assertOne(OutOfScopeView.class);
    }

    @Test
    void telecomCenterStaffHaveNoCustomerList() {
        login("ttvt.lucnam");
        navigate("customers");

        _assertNone(CustomersView.class);
        _assertOne(ForbiddenView.class);
    }
}
