package vn.vnpt.bacgiang.cskh.settlement.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.settlement.SettlementFixture;

class SettlementPanelTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aUnitsManagerEntersALineIsToldABadAmountIsRefusedAndSubmits() {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Quyết toán giao diện");
        login(SettlementFixture.VIET_YEN_MANAGER);
        navigate("campaign/" + made.campaign());
        Grid<?> lines = _get(Grid.class, spec -> spec.withId("settlement-lines"));
        assertThat(_size(lines)).isEqualTo(3);
        assertThat(_getFormatted(lines, 0, "settled")).isEqualTo("Chưa nhập");
        _assertNone(Grid.class, spec -> spec.withId("settlement-units"));

        _click((Button) _getCellComponent(lines, 0, "edit"));
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withLabel("Số tiền thực chi (₫)"));
        _setValue(amount, new BigDecimal("-1000"));
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Số tiền thực chi không được âm.");
        _setValue(amount, new BigDecimal("550000"));
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        TextField voucher = _get(TextField.class, spec -> spec.withLabel("Số chứng từ"));
        assertThat(voucher.getErrorMessage()).isEqualTo("Cần số chứng từ khi có khoản chi.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM settlement_line WHERE campaign_id = ?", Long.class,
                made.campaign())).isZero();
        _setValue(voucher, "PC-0012");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        _assertNone(Dialog.class);

        lines = _get(Grid.class, spec -> spec.withId("settlement-lines"));
        assertThat(_getFormatted(lines, 0, "settled")).isEqualTo("550.000 ₫");
        assertThat(_getFormatted(lines, 0, "voucher")).isEqualTo("PC-0012");
        _click(_get(Button.class, spec -> spec.withId("settlement-submit")));
        assertThat(_get(Div.class, spec -> spec.withId("settlement-unit-state")).getElement().getTextRecursively())
                .contains("Đã nộp bởi Lý Thị Hồng");
        _assertNone(Button.class, spec -> spec.withId("settlement-submit"));
        _assertNone(Button.class, spec -> spec.withText("Sửa"));
    }

    @Test
    void aBadAmountIsExplainedInEnglishToo() {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Quyết toán tiếng Anh");
        login(SettlementFixture.HIEP_HOA_MANAGER);
        useEnglish();
        navigate("campaign/" + made.campaign());
        Grid<?> lines = _get(Grid.class, spec -> spec.withId("settlement-lines"));
        _click((Button) _getCellComponent(lines, 0, "edit"));
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withLabel("Amount spent (₫)"));
        _setValue(amount, new BigDecimal("-5"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(amount.getErrorMessage()).isEqualTo("The amount spent cannot be negative.");
        _setValue(amount, new BigDecimal("12.5"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(amount.getErrorMessage()).isEqualTo("The amount must be a whole number of đồng, not negative.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlannerSeesPlannedEstimatedAndSettledPerUnitAndWhichUnitsHaveNotSubmitted() {
        SettlementFixture.Made made = SettlementFixture.inEvaluation(jdbc, "Quyết toán ĐHNV");
        login("kehoach");
        navigate("campaign/" + made.campaign());
        Grid<?> units = _get(Grid.class, spec -> spec.withId("settlement-units"));
        assertThat(_size(units)).isEqualTo(2);
        assertThat(_getFormatted(units, 1, "unit")).isEqualTo("Phòng bán hàng khu vực Việt Yên");
        // Việt Yên: its travel line 600 000 plus 3/7 of the centre's 2 000 000 and 50 000; 3 gifts and 5 SMS recorded.
        assertThat(_getFormatted(units, 1, "planned")).isEqualTo("1.478.572 ₫");
        assertThat(_getFormatted(units, 1, "estimated")).isEqualTo("602.500 ₫");
        assertThat(_getFormatted(units, 1, "settled")).isEqualTo("0 ₫");
        assertThat(_get(Div.class, spec -> spec.withId("settlement-totals")).getElement().getTextRecursively())
                .contains("kế hoạch 2.900.000 ₫ · ước tính 1.006.000 ₫ · quyết toán 0 ₫",
                        "Chưa nộp: Phòng bán hàng khu vực Hiệp Hòa, Phòng bán hàng khu vực Việt Yên");

        Grid<?> centre = _get(Grid.class, spec -> spec.withId("settlement-centre-lines"));
        _click((Button) _getCellComponent(centre, 0, "edit"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("Số tiền thực chi (₫)")), new BigDecimal("1900000"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Số chứng từ")), "PC-TT-01");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        assertThat(_getFormatted(_get(Grid.class, spec -> spec.withId("settlement-centre-lines")), 0, "settled"))
                .isEqualTo("1.900.000 ₫");
        assertThat(_get(Div.class, spec -> spec.withId("settlement-progress")).getElement().getTextRecursively())
                .contains("0/2 đơn vị đã nộp quyết toán · 1/2 dòng cấp trung tâm đã quyết toán");
    }
}
