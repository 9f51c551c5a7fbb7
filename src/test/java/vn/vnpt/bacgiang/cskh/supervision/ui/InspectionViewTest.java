package vn.vnpt.bacgiang.cskh.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistSubject;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistTemplate;
import vn.vnpt.bacgiang.cskh.supervision.EvidenceInfo;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.InspectionState;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;
import vn.vnpt.bacgiang.cskh.supervision.TemplateService;

/**
 * The supervisor's fill view and the checklist editor, as a user works them (the 390 px layout itself is
 * checked in a real browser by InspectionBrowserIT). Rolled back.
 */
@Transactional
@SuppressWarnings("unchecked")
class InspectionViewTest extends KaribuTest {

    @Autowired
    private SupervisionFixture fixture;
    @Autowired
    private InspectionService inspections;
    @Autowired
    private TemplateService templates;

    @Test
    void aSupervisorsAnswersSaveOnChangeAndAreThereWhenTheInspectionIsOpenedAgain() {
        login("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        navigate("supervision/inspection/" + id);
        _setValue(choices(id, "pbh-giao-ds"), "YES");
        _setValue(choices(id, "pbh-nam-kich-ban"), "3");
        _setValue(_get(card(id, "pbh-nam-kich-ban"), TextArea.class, spec -> spec.withLabel("Nhận xét")),
                "Hai nhân viên mới chưa đọc kịch bản");

        assertThat(_get(Span.class, spec -> spec.withId("overall-score")).getText()).isEqualTo("80,0 %");
        navigate("supervision/inspections");
        navigate("supervision/inspection/" + id);

        assertThat(choices(id, "pbh-giao-ds").getValue()).isEqualTo("YES");
        assertThat(choices(id, "pbh-nam-kich-ban").getValue()).isEqualTo("3");
        assertThat(_get(card(id, "pbh-nam-kich-ban"), TextArea.class, spec -> spec.withLabel("Nhận xét")).getValue())
                .isEqualTo("Hai nhân viên mới chưa đọc kịch bản");
        assertThat(inspections.get(id).getState()).isEqualTo(InspectionState.DRAFT);
    }

    @Test
    void anAnswerChangedMeanwhileOnAnotherDeviceIsNotOverwrittenAndThePageReloadsIt() {
        login("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        navigate("supervision/inspection/" + id);
        _setValue(choices(id, "pbh-giao-ds"), "YES");
        fixture.answer(id, "pbh-giao-ds", "NO", "Sửa trên máy tính bảng");

        _setValue(choices(id, "pbh-giao-ds"), "NA");

        expectNotifications("Người khác vừa sửa câu trả lời này; đã tải lại phiếu với câu trả lời mới nhất.");
        assertThat(choices(id, "pbh-giao-ds").getValue()).isEqualTo("NO");
        assertThat(_get(card(id, "pbh-giao-ds"), TextArea.class, spec -> spec.withLabel("Nhận xét")).getValue())
                .isEqualTo("Sửa trên máy tính bảng");
    }

    @Test
    void aSupervisorPlansATtvtInspectionForAPeriodWithoutACampaign() {
        login("giamsat");
        navigate("supervision/inspections");
        _click(_get(Button.class, spec -> spec.withText("Lập kế hoạch kiểm tra")));
        _setValue(_get(Select.class, spec -> spec.withLabel("Bảng kiểm tra")), templates.get(3));
        _assertNone(ComboBox.class, spec -> spec.withLabel("Chương trình CSKH"));
        _click(_get(Button.class, spec -> spec.withText("Lập kế hoạch")));
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Đơn vị được kiểm tra")).getErrorMessage())
                .isEqualTo("Chọn đơn vị được kiểm tra.");

        ComboBox<Unit> unit = _get(ComboBox.class, spec -> spec.withLabel("Đơn vị được kiểm tra"));
        _setValue(unit, unit.getListDataView().getItems().filter(u -> u.getName().equals("Trung tâm Viễn thông Lục Nam"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Lập kế hoạch")));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Từ ngày")).getErrorMessage())
                .isEqualTo("Nhập kỳ kiểm tra: từ ngày và đến ngày (không trước từ ngày).");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Từ ngày")), LocalDate.of(2026, 11, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Đến ngày")), LocalDate.of(2026, 11, 30));
        _click(_get(Button.class, spec -> spec.withText("Lập kế hoạch")));

        expectNotifications("Đã lập kế hoạch kiểm tra.");
        assertThat(inspections.list()).anyMatch(planned -> planned.getUnitName().equals("Trung tâm Viễn thông Lục Nam")
                && planned.getCampaignId() == null && LocalDate.of(2026, 11, 1).equals(planned.getPeriodStart()));
    }

    @Test
    void aFailingCriticalItemShowsTheKnockOutAtOnce() {
        login("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        navigate("supervision/inspection/" + id);
        _assertNone(Div.class, spec -> spec.withId("knock-out"));

        _setValue(choices(id, "pbh-goi-lai"), "NO");

        Div knockOut = _get(Div.class, spec -> spec.withId("knock-out"));
        assertThat(knockOut.isVisible()).isTrue();
        assertThat(knockOut.getElement().getTextRecursively()).contains("Điểm liệt",
                "Một nội dung điểm liệt không đạt");
        assertThat(card(id, "pbh-goi-lai").getClassNames()).contains("item-knocked-out");
    }

    @Test
    void aFailingItemWithoutEvidenceIsRefusedOnSubmitAndTheInspectionStaysADraft() {
        login("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        fixture.answer(id, "pbh-cap-nhat", "NO", null);
        fixture.answerTheRestWell(id);
        navigate("supervision/inspection/" + id);

        _click(_get(Button.class, spec -> spec.withText("Nộp phiếu kiểm tra")));

        expectNotifications("“Kết quả liên hệ được cập nhật trên cổng trong ngày” không đạt: cần ảnh/tệp bằng chứng "
                + "và nhận xét trước khi nộp.");
        assertThat(inspections.get(id).getState()).isEqualTo(InspectionState.DRAFT);
    }

    @Test
    void aSupervisorRemovesTheirOwnEvidenceFromADraftAndIsToldWhyNotOnceItWasSubmittedElsewhere() throws Exception {
        login("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        long item = fixture.item(id, "pbh-goi-lai").getId();
        inspections.attach(id, item, "nham-anh.png", png());
        inspections.attach(id, item, "ghi-am.png", png());
        navigate("supervision/inspection/" + id);

        _click(_find(card(id, "pbh-goi-lai"), Button.class, spec -> spec.withClasses("item-file-remove")).getFirst());

        expectNotifications("Đã xóa bằng chứng nham-anh.png.");
        assertThat(inspections.sheet(id).evidenceOf(item)).extracting(EvidenceInfo::fileName)
                .containsExactly("ghi-am.png");
        _assertNone(card(id, "pbh-goi-lai"), Anchor.class, spec -> spec.withText("nham-anh.png"));

        fixture.answer(id, "pbh-goi-lai", "NO", "2/10 khách hàng chưa được gọi lại");
        fixture.answerTheRestWell(id);
        inspections.submit(id); // on another device, while this page still shows the draft
        _click(_get(card(id, "pbh-goi-lai"), Button.class, spec -> spec.withClasses("item-file-remove")));

        expectNotifications("Phiếu kiểm tra đã nộp: không xóa được bằng chứng ghi-am.png nữa.");
        assertThat(inspections.sheet(id).evidenceOf(item)).hasSize(1);
        navigate("supervision/inspection/" + id);
        _assertNone(Button.class, spec -> spec.withClasses("item-file-remove"));
    }

    @Test
    void aSubmittedInspectionIsReadOnlyAndItsUnitSeesIt() {
        login("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        fixture.answerTheRestWell(id);
        inspections.submit(id);

        login("lucnam.truongphong");
        navigate("supervision/inspection/" + id);

        assertThat(choices(id, "pbh-giao-ds").isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withText("Nộp phiếu kiểm tra"));
    }

    @Test
    void theEditorRefusesAnEmptySectionInTheFieldAndSavesANewRevision() {
        login("giamsat");
        navigate("supervision/templates");
        _assertOne(TemplatesView.class);
        _click(_get(Button.class, spec -> spec.withText("Bảng kiểm tra mới")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên bảng kiểm tra")), "Kiểm tra quầy MyTV");
        _click(_get(Button.class, spec -> spec.withText("Lưu thành phiên bản mới")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Tên bảng kiểm tra")).isInvalid()).isFalse();
        assertThat(subject().getErrorMessage()).isEqualTo("Chọn đối tượng kiểm tra.");
        assertThat(subject().isInvalid()).isTrue();

        _setValue(subject(), ChecklistSubject.STORE);
        _click(_get(Button.class, spec -> spec.withText("Thêm phần")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên phần")), "Trưng bày thiết bị MyTV");
        _click(_get(Button.class, spec -> spec.withText("Lưu thành phiên bản mới")));
        assertThat(_get(Span.class, spec -> spec.withClasses("editor-error").withText(
                "Phần “Trưng bày thiết bị MyTV” cần ít nhất một nội dung kiểm tra.")).isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Thêm nội dung")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Nội dung kiểm tra")), "Có đầu thu MyTV chạy thử");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Trọng số")), 0);
        _click(_get(Button.class, spec -> spec.withText("Lưu thành phiên bản mới")));
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Trọng số")).getErrorMessage())
                .isEqualTo("Trọng số là số nguyên từ 1 đến 10.");

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Trọng số")), 2);
        _click(_get(Button.class, spec -> spec.withText("Lưu thành phiên bản mới")));
        expectNotifications("Đã lưu phiên bản 1.");
        assertThat(templates.current()).extracting(ChecklistTemplate::getName).contains("Kiểm tra quầy MyTV");
    }

    @Test
    void careStaffAreRefusedBothViewsAndAPlannerTheEditor() {
        login("lucnam.cskh1");
        navigate("supervision/inspections");
        _assertOne(ForbiddenView.class);
        navigate("supervision/templates");
        _assertOne(ForbiddenView.class);

        login("kehoach");
        navigate("supervision/templates");
        _assertOne(ForbiddenView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Không có quyền truy cập");
        navigate("supervision/inspections");
        _assertOne(InspectionsView.class);
        _assertNone(Button.class, spec -> spec.withText("Lập kế hoạch kiểm tra"));
    }

    @SuppressWarnings("unchecked")
    private static Select<ChecklistSubject> subject() {
        return _get(Select.class, spec -> spec.withLabel("Đối tượng kiểm tra"));
    }

    @SuppressWarnings("unchecked")
    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private RadioButtonGroup<String> choices(long inspectionId, String key) {
        return _get(card(inspectionId, key), RadioButtonGroup.class);
    }

    private ItemCard card(long inspectionId, String key) {
        long item = fixture.item(inspectionId, key).getId();
        return _find(ItemCard.class, spec -> spec.withId("item-" + item)).getFirst();
    }
}
