package vn.vnpt.bacgiang.cskh.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.OutOfScopeView;
import vn.vnpt.bacgiang.cskh.supervision.CallbackFixture;
import vn.vnpt.bacgiang.cskh.supervision.CallbackResult;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;

/** The callback sample as the supervisor draws and works it, and as another unit is refused it. Rolled back. */
@Transactional
@SuppressWarnings("unchecked")
class SampleViewTest extends KaribuTest {

    @Autowired
    private SupervisionFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSupervisorDrawsASampleFromTheInspectionRecordsANotConfirmedCallAndFindsItWithTheStaffShare() {
        CallbackFixture.twentyContacts(jdbc);
        login("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        navigate("supervision/inspection/" + id);

        _click(_get(Button.class, spec -> spec.withText("Chọn mẫu gọi lại")));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Số liên hệ hoặc tỷ lệ %")), 20);
        _click(_get(Button.class, spec -> spec.withText("Chọn mẫu")));
        expectNotifications("Đã chọn mẫu gọi lại.");
        _assertOne(SampleView.class);
        Div card = _find(Div.class, spec -> spec.withClasses("sample-card")).stream()
                .filter(div -> _get(div, Anchor.class).getHref().equals("tel:0912000111"))
                .filter(div -> div.getElement().getTextRecursively().contains("Đỗ Thị Mai")).findFirst().orElseThrow();
        _setValue(_get(card, RadioButtonGroup.class), CallbackResult.NOT_CONFIRMED);
        _setValue(_get(card, TextArea.class), "Khách nói chưa nhận cuộc gọi nào");

        navigate("supervision/inspection/" + id);
        assertThat(_get(Div.class, spec -> spec.withClasses("sample-entry")).getElement().getTextRecursively())
                .contains("Đã gọi 1/20, 1 không xác nhận");
        navigate("supervision/sample/" + id);
        Div again = _get(Div.class, spec -> spec.withId(card.getId().orElseThrow()));
        assertThat(_get(again, RadioButtonGroup.class).getValue()).isEqualTo(CallbackResult.NOT_CONFIRMED);
        assertThat(_get(again, TextArea.class).getValue()).isEqualTo("Khách nói chưa nhận cuộc gọi nào");
        Div mai = _find(Div.class, spec -> spec.withClasses("staff-share")).stream()
                .filter(row -> row.getElement().getTextRecursively().contains("Đỗ Thị Mai")).findFirst().orElseThrow();
        assertThat(mai.getClassNames()).contains("flagged");
        assertThat(mai.getElement().getTextRecursively()).contains("1 không xác nhận / 1 khách trả lời (10 trong mẫu)")
                .contains("100,0 %").contains("Trên 20 %: cần lập phát hiện");
    }

    @Test
    void aSalesManagerOfAnotherUnitIsRefusedTheSample() {
        CallbackFixture.twentyContacts(jdbc);
        login("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);

        login("lucngan.truongphong");
        navigate("supervision/sample/" + id);

        _assertOne(OutOfScopeView.class);
    }
}
