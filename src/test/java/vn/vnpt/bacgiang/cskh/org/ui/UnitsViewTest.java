package vn.vnpt.bacgiang.cskh.org.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.DemoRows;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitKind;
import vn.vnpt.bacgiang.cskh.org.UnitService;

/** Units created here go under Tân Yên, which no other test counts; the demo units edited here are put back. */
class UnitsViewTest extends KaribuTest {

    private static final long TAN_YEN_SALES = 15;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private UnitService units;

    private DemoRows demoRows;

    @BeforeEach
    void rememberTheDemoRows() {
        demoRows = DemoRows.remember(jdbc, "unit", "TRUE");
    }

    @AfterEach
    void putTheDemoRowsBack() {
        demoRows.restore();
    }

    @Test
    void anAdminSeesTheWholeOrganisation() {
        login("admin");
        navigate("units");

        @SuppressWarnings("unchecked")
        Grid<Unit> grid = _get(Grid.class);
        assertThat(_findAll(grid)).extracting(Unit::getName)
                .contains("Viễn thông Bắc Giang", "Phòng bán hàng khu vực Lục Ngạn", "Trung tâm Viễn thông Sơn Động");
    }

    @Test
    void aUnitWithBadInputShowsTheMessagesNextToTheFieldsAndSavesNothing() {
        login("admin");
        navigate("units");

        _click(_get(Button.class, spec -> spec.withText("Thêm đơn vị")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Mã đơn vị")), "chgd lục nam 9");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        TextField code = _get(TextField.class, spec -> spec.withLabel("Mã đơn vị"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage())
                .isEqualTo("Mã đơn vị chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang");
        TextField name = _get(TextField.class, spec -> spec.withLabel("Tên đơn vị"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withClasses("editor-problem")).getElement().getText())
                .isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from unit where name = ''", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'chgd lục nam 9'", Integer.class))
                .isZero();
    }

    @Test
    void aStoreWithoutAParentIsRefusedByTheServiceWithAClearMessage() {
        login("admin");
        navigate("units");

        _click(_get(Button.class, spec -> spec.withText("Thêm đơn vị")));
        fillStore("CHGD-TYN-8", "Cửa hàng giao dịch Ngọc Thiện");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        @SuppressWarnings("unchecked")
        ComboBox<Unit> parent = _get(ComboBox.class, spec -> spec.withLabel("Đơn vị cấp trên"));
        assertThat(parent.isInvalid()).isTrue();
        assertThat(parent.getErrorMessage()).isEqualTo("Hãy chọn đơn vị cấp trên.");
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'CHGD-TYN-8'", Integer.class)).isZero();
    }

    @Test
    void anAdminAddsAStoreUnderADistrictAndTheChangeIsAudited() {
        login("admin");
        navigate("units");

        _click(_get(Button.class, spec -> spec.withText("Thêm đơn vị")));
        fillStore("CHGD-TYN-9", "Cửa hàng giao dịch Liên Chung");
        @SuppressWarnings("unchecked")
        ComboBox<Unit> parent = _get(ComboBox.class, spec -> spec.withLabel("Đơn vị cấp trên"));
        _setValue(parent, units.get(TAN_YEN_SALES));
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        @SuppressWarnings("unchecked")
        Grid<Unit> grid = _get(Grid.class);
        Unit saved = _findAll(grid).stream().filter(unit -> unit.getCode().equals("CHGD-TYN-9")).findFirst()
                .orElseThrow();
        assertThat(saved.getPath()).isEqualTo("/1/2/15/" + saved.getId() + "/");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Unit' "
                + "and entity_id = ? and action = 'CREATE' and actor_username = 'admin'", Integer.class,
                String.valueOf(saved.getId()))).isEqualTo(1);
    }

    @Test
    void aConcurrentEditIsRefusedAndTheUsersInputStaysInTheForm() throws Exception {
        login("admin");
        navigate("units");
        @SuppressWarnings("unchecked")
        Grid<Unit> grid = _get(Grid.class);
        int row = _findAll(grid).stream().map(Unit::getCode).toList().indexOf("CHGD-YTE-2");
        _clickItem(grid, row);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Điện thoại")), "0204 3876 111");

        Unit meanwhile = units.get(141);
        meanwhile.setAddress("Thị trấn Bố Hạ, Yên Thế");
        units.save(meanwhile);
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(_get(Div.class, spec -> spec.withClasses("editor-problem")).getElement().getTextRecursively())
                .startsWith("Bản ghi vừa được người khác sửa.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Điện thoại")).getValue()).isEqualTo("0204 3876 111");
        assertThat(units.get(141).getPhone()).isNull();
    }

    @Test
    void aPlannerCannotOpenTheUnitAdministration() {
        login("kehoach");
        navigate("units");

        _assertNone(UnitsView.class);
        _assertOne(ForbiddenView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Không có quyền truy cập");
    }

    private void fillStore(String code, String name) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Mã đơn vị")), code);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên đơn vị")), name);
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = _get(Select.class, spec -> spec.withLabel("Loại đơn vị"));
        _setValue(kind, UnitKind.STORE);
        @SuppressWarnings("unchecked")
        ComboBox<District> district = _get(ComboBox.class, spec -> spec.withLabel("Huyện/thành phố"));
        _setValue(district, District.TYN);
    }
}
