package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;
import vn.vnpt.bacgiang.cskh.campaign.PlanFixture;
import vn.vnpt.bacgiang.cskh.campaign.ScriptFixture;

class StepTwoViewTest extends KaribuTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CarePlanService plans;

    @Test
    @SuppressWarnings("unchecked")
    void aPlannerOrientsWritesAScriptSeesItFilledForACustomerApprovesItAndSubmits() throws Exception {
        long segment = ScriptFixture.segment(jdbc, LocalDate.now(VnFormats.ZONE));
        Campaign created = as("kehoach", () -> campaigns.create(CampaignFixture.draft("Kịch bản giao diện", segment)));
        long id = CampaignFixture.id(created);
        as("kehoach", () -> campaigns.move(id, created.getVersion(), CampaignState.ORIENTATION, null));
        login("kehoach");
        navigate("campaign/" + id);

        String orientationFirst = "Cần nêu mục tiêu và chọn ít nhất một kênh trong định hướng trước khi lập kế hoạch.";
        assertThat(button("Chuyển sang lập kế hoạch").isEnabled()).isFalse();
        assertThat(button("Chuyển sang lập kế hoạch").getTooltip().getText()).isEqualTo(orientationFirst);
        assertThat(_get(Span.class, spec -> spec.withClasses("campaign-action-refusal")).getText())
                .isEqualTo(orientationFirst);

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Mục tiêu chăm sóc")),
                "Cảm ơn khách hàng Quang Châu gắn bó lâu năm.");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Kênh chăm sóc")), Set.of(CareChannel.CALL));
        click("Lưu định hướng");
        assertThat(button("Chuyển sang lập kế hoạch").isEnabled()).as("re-rendered after the save").isTrue();
        _assertNone(Span.class, spec -> spec.withClasses("campaign-action-refusal"));

        click("Kịch bản mới");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên kịch bản")), "Cuộc gọi tri ân");
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("Nội dung kịch bản"));
        _setValue(body, "Em chào {ten_kh}");
        NotificationsKt.clearNotifications();
        click("Lưu kịch bản");
        NotificationsKt.expectNotifications(
                "Kịch bản có trường thông tin không hợp lệ: {ten_kh}. Chỉ dùng các trường được gợi ý.");

        _setValue(body, "Em chào, cảm ơn Quý khách đã dùng {dich_vu} suốt năm.");
        leaveWithCaretAt(body, "Em chào".length());
        click("{ten_khach_hang}");
        leaveWithCaretAt(body, body.getValue().indexOf("suốt") + "suốt".length());
        click("{so_nam_gan_bo}");
        assertThat(body.getValue()).isEqualTo(
                "Em chào {ten_khach_hang}, cảm ơn Quý khách đã dùng {dich_vu} suốt {so_nam_gan_bo} năm.");
        assertThat(_get(Span.class, spec -> spec.withClasses("campaign-script-preview-heading")).getText())
                .isEqualTo("Xem trước với khách hàng An Thị Hoa của phân loại");
        assertThat(_get(Div.class, spec -> spec.withClasses("campaign-script-preview")).getElement()
                .getTextRecursively()).contains(
                        "Em chào An Thị Hoa, cảm ơn Quý khách đã dùng Internet FiberVNN suốt 12 năm.");
        click("Lưu kịch bản");
        click("Duyệt phiên bản này");
        assertThat(_get(Div.class, spec -> spec.withClasses("campaign-script-list")).getElement()
                .getTextRecursively()).contains("Cuộc gọi tri ân", "Phiên bản 1", "Đã duyệt", "Duyệt bởi Lê Minh Đức");

        click("Chuyển sang lập kế hoạch");
        assertThat(stateBadge()).isEqualTo("3. Lập kế hoạch");
        assertThat(button("Trình thẩm định").isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withClasses("campaign-action-refusal")).getText())
                .isEqualTo("Cần chia phần khách hàng cho các đơn vị thực hiện trước khi trình thẩm định.");
        as("kehoach", () -> {
            PlanFixture.prepareForSubmission(plans, jdbc, id);
            return null;
        });
        navigate("campaign/" + id);
        click("Trình thẩm định");
        assertThat(stateBadge()).isEqualTo("4. Thẩm định");
    }

    /** The body loses focus to a chip with the caret at the position, as the browser reports it. */
    private static void leaveWithCaretAt(TextArea body, int caret) {
        ObjectNode caretAt = JacksonUtils.createObjectNode();
        caretAt.put("element.inputElement.selectionStart", caret);
        caretAt.put("element.inputElement.selectionEnd", caret);
        ElementUtilsKt._fireDomEvent(body.getElement(), new DomEvent(body.getElement(), "focusout", caretAt));
    }

    @Test
    void theDirectorReadsTheOrientationAndScriptsOfAPlanInAppraisalWithoutChangingThem() throws Exception {
        Campaign created = CampaignFixture.withStepTwoDone(jdbc, as("kehoach",
                () -> campaigns.create(CampaignFixture.draft("Kịch bản đang thẩm định",
                        CampaignFixture.LONG_TENURE_SEGMENT))));
        long id = CampaignFixture.id(created);
        Campaign campaign = created;
        for (CampaignState next : new CampaignState[] {CampaignState.ORIENTATION, CampaignState.PLANNING,
                CampaignState.APPRAISAL}) {
            Campaign current = campaign;
            if (next == CampaignState.APPRAISAL) {
                as("kehoach", () -> {
                    PlanFixture.prepareForSubmission(plans, jdbc, id);
                    return null;
                });
            }
            campaign = as("kehoach", () -> campaigns.move(id, current.getVersion(), next, null));
        }
        login("giamdoc");
        navigate("campaign/" + id);
        _get(TabSheet.class).setSelectedIndex(1);

        assertThat(_get(TextArea.class, spec -> spec.withLabel("Mục tiêu chăm sóc")).isReadOnly()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withClasses("campaign-script-list")).getElement()
                .getTextRecursively()).contains("Cuộc gọi tri ân · Gọi điện", "Đã duyệt");
        _assertNone(Button.class, spec -> spec.withText("Lưu định hướng"));
        _assertNone(Button.class, spec -> spec.withText("Kịch bản mới"));
        click("Xem kịch bản");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Nội dung kịch bản")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withText("Lưu kịch bản"));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private static String stateBadge() {
        return _get(Span.class, spec -> spec.withClasses("campaign-state")).getText();
    }
}
