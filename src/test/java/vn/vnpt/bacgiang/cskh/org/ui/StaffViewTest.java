package vn.vnpt.bacgiang.cskh.org.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.EditorDialog;
import vn.vnpt.bacgiang.cskh.base.ui.OutOfScopeView;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.org.UserAccount;

class StaffViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private UnitService units;

    @Test
    void aDistrictManagerSeesOnlyTheStaffOfTheirDepartmentAndItsStores() {
        login("lucnam.truongphong");
        navigate("staff");

        assertThat(staffInGrid()).extracting(account -> account.getUnit().getName()).isNotEmpty()
                .allMatch(unit -> unit.equals("Phòng bán hàng khu vực Lục Nam") || unit.startsWith("Cửa hàng giao dịch "))
                .contains("Phòng bán hàng khu vực Lục Nam", "Cửa hàng giao dịch Đồi Ngô");
        assertThat(staffInGrid()).extracting(UserAccount::getFullName)
                .contains("Hoàng Văn Thắng", "Đỗ Thị Mai")
                .doesNotContain("Giáp Văn Hưng", "Ngô Thị Lan");
    }

    @Test
    void openingAnotherDistrictsPersonByAddressIsRefused() {
        long lucNganStaff = jdbc.queryForObject("select id from user_account where username = 'lucngan.cskh1'",
                Long.class);
        login("lucnam.truongphong");
        navigate("staff/" + lucNganStaff);

        _assertNone(StaffView.class);
        _assertOne(OutOfScopeView.class);
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Bản ghi này thuộc đơn vị nằm ngoài phạm vi của bạn.");
    }

    @Test
    void aManagerAddsCareStaffToTheirStoreAndAWeakPasswordIsExplained() {
        login("lucnam.truongphong");
        navigate("staff");

        _click(_get(Button.class, spec -> spec.withText("Thêm tài khoản")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Họ và tên")), "Nguyễn Thị Bích Ngọc");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên đăng nhập")), "lucnam.cskh9");
        @SuppressWarnings("unchecked")
        ComboBox<Unit> unit = _get(_get(EditorDialog.class), ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        _setValue(unit, units.get(111));
        _setValue(_get(PasswordField.class), "ngan");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        PasswordField password = _get(PasswordField.class);
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.");
        assertThat(countOf("lucnam.cskh9")).isZero();

        _setValue(password, "BacLung2026");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(countOf("lucnam.cskh9")).isEqualTo(1);
        assertThat(staffInGrid()).extracting(UserAccount::getFullName).contains("Nguyễn Thị Bích Ngọc");
    }

    @Test
    void careStaffReadTheirUnitsStaffButCannotAddAccounts() {
        login("lucnam.cskh1");
        navigate("staff");

        _assertNone(Button.class, spec -> spec.withText("Thêm tài khoản"));
        assertThat(staffInGrid()).extracting(UserAccount::getFullName).containsExactly("Đỗ Thị Mai");
    }

    private List<UserAccount> staffInGrid() {
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class);
        return _findAll(grid);
    }

    private int countOf(String username) {
        return jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class, username);
    }
}
