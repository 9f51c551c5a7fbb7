package vn.vnpt.bacgiang.cskh.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.CALLBACKS;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.NOT_HANDED_OUT;
import static vn.vnpt.bacgiang.cskh.supervision.FindingFixture.SCRIPT;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.supervision.ActionOwner;
import vn.vnpt.bacgiang.cskh.supervision.ActionState;
import vn.vnpt.bacgiang.cskh.supervision.CorrectiveAction;
import vn.vnpt.bacgiang.cskh.supervision.FindingFixture;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;
import vn.vnpt.bacgiang.cskh.supervision.FindingState;

/** The findings section of a submitted inspection and the corrective actions list, worked by each role. Rolled back. */
@Transactional
@SuppressWarnings("unchecked")
class FindingsViewTest extends KaribuTest {

    @Autowired
    private FindingFixture fixture;
    @Autowired
    private FindingService findings;

    @Test
    void aManagerDisputesAFindingAndTheSupervisorSeesTheDisputeAndUpholdsIt() {
        login("giamsat");
        long id = fixture.submittedWithFindings();
        long finding = Objects.requireNonNull(fixture.finding(id, CALLBACKS).getId());

        login("lucnam.truongphong");
        navigate("supervision/inspection/" + id);
        _setValue(_get(panel("finding-" + finding), TextArea.class, spec -> spec.withLabel("Ý kiến của đơn vị")),
                "Cả ba khách đã được gọi ngày 20/11, có ghi âm");
        _click(_get(panel("finding-" + finding), Button.class, spec -> spec.withText("Khiếu nại")));
        expectNotifications("Đã gửi khiếu nại cho giám sát.");
        _assertNone(panel("finding-" + finding), Button.class, spec -> spec.withText("Khiếu nại"));

        login("giamsat");
        navigate("supervision/inspection/" + id);
        Div disputed = panel("finding-" + finding);
        assertThat(disputed.getElement().getTextRecursively()).contains("Đơn vị khiếu nại")
                .contains("Hoàng Văn Thắng: Cả ba khách đã được gọi ngày 20/11, có ghi âm");
        _setValue(_get(disputed, TextArea.class, spec -> spec.withLabel("Trả lời đơn vị")),
                "Ghi âm chỉ có 7 cuộc; 3 khách xác nhận chưa được gọi");
        _click(_get(disputed, Button.class, spec -> spec.withText("Giữ nguyên")));

        expectNotifications("Đã giữ nguyên phát hiện.");
        assertThat(fixture.finding(id, CALLBACKS).getState()).isEqualTo(FindingState.UPHELD);
        assertThat(panel("finding-" + finding).getElement().getTextRecursively())
                .contains("Giữ nguyên sau khiếu nại").contains("Ghi âm chỉ có 7 cuộc");
    }

    @Test
    void aCallbackFindingShowsOnTheSubmittedInspectionForTheManagerToAnswer() {
        login("giamsat");
        long id = fixture.submittedWithCallbacks(3);

        login("lucnam.truongphong");
        navigate("supervision/inspection/" + id);

        Div findingsSection = _get(Div.class, spec -> spec.withId("findings"));
        assertThat(findingsSection.getElement().getTextRecursively()).contains("Phát hiện (1)")
                .contains("Gọi lại khách hàng")
                .contains("Mẫu gọi lại: 3/5 liên hệ của Đỗ Thị Mai không được khách hàng xác nhận (60,0 %)")
                .contains("2 xác nhận, 3 không xác nhận");
        _get(findingsSection, Button.class, spec -> spec.withText("Khiếu nại"));
    }

    @Test
    void anActionGoesOpenDoneVerifiedAndAnotherIsReopenedEachByTheRoleThatMayDoIt() {
        login("giamsat");
        long id = fixture.submittedWithFindings();
        long listFinding = Objects.requireNonNull(fixture.finding(id, NOT_HANDED_OUT).getId());

        login("lucnam.truongphong");
        navigate("supervision/inspection/" + id);
        _click(_get(panel("finding-" + listFinding), Button.class, spec -> spec.withText("Xác nhận")));
        Div acknowledged = panel("finding-" + listFinding);
        ComboBox<ActionOwner> owner = _get(acknowledged, ComboBox.class, spec -> spec.withLabel("Người thực hiện"));
        _setValue(owner, owner.getListDataView().getItems().filter(person -> person.name().equals("Đỗ Thị Mai"))
                .findFirst().orElseThrow());
        _setValue(_get(acknowledged, TextArea.class, spec -> spec.withLabel("Việc cần làm")),
                "Giao lại danh sách cho cả hai cửa hàng");
        _click(_get(acknowledged, Button.class, spec -> spec.withText("Giao khắc phục")));
        expectNotifications("Đã xác nhận phát hiện.", "Đã giao việc khắc phục.");
        CorrectiveAction list = Objects.requireNonNull(fixture.card(id, NOT_HANDED_OUT).action());
        CorrectiveAction script = fixture.acknowledgedWithAction(id, SCRIPT, LocalDate.of(2026, 12, 20));

        login("lucnam.cskh1");
        navigate("supervision/actions");
        for (CorrectiveAction action : new CorrectiveAction[] {list, script}) {
            Div panel = panel("action-" + action.getId());
            _setValue(_get(panel, TextArea.class, spec -> spec.withLabel("Đã làm")), "Đã làm xong");
            _click(_get(panel, Button.class, spec -> spec.withText("Báo đã khắc phục")));
        }
        _assertNone(Button.class, spec -> spec.withText("Xác nhận hoàn thành"));

        login("giamsat");
        navigate("supervision/actions");
        _click(_get(panel("action-" + list.getId()), Button.class, spec -> spec.withText("Xác nhận hoàn thành")));
        Div toReopen = panel("action-" + script.getId());
        _setValue(_get(toReopen, TextArea.class, spec -> spec.withLabel("Nhận xét của giám sát")),
                "Chưa có biên bản phổ biến kịch bản");
        _click(_get(toReopen, Button.class, spec -> spec.withText("Mở lại")));

        assertThat(findings.actions(vn.vnpt.bacgiang.cskh.supervision.ActionFilter.none()))
                .extracting(row -> row.action().getState())
                .containsExactlyInAnyOrder(ActionState.VERIFIED, ActionState.REOPENED);
        assertThat(panel("action-" + script.getId()).getElement().getTextRecursively()).contains("Mở lại")
                .contains("Chưa có biên bản phổ biến kịch bản");
    }

    @Test
    void theOwnerAttachesAPhotoToTheActionAndTheSupervisorSeesItBesideTheVerifyButton() {
        login("giamsat");
        long id = fixture.submittedWithFindings();
        login("lucnam.truongphong");
        CorrectiveAction action = fixture.acknowledgedWithAction(id, NOT_HANDED_OUT, LocalDate.of(2026, 12, 20));

        login("lucnam.cskh1");
        navigate("supervision/actions");
        Div panel = panel("action-" + action.getId());
        UploadKt._upload(_get(panel, Upload.class), "quay-giao-dich.jpg",
                vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture.photo("Danh sách đã ký nhận"));
        expectNotifications("Đã lưu bằng chứng quay-giao-dich.jpg.");
        _setValue(_get(panel, TextArea.class, spec -> spec.withLabel("Đã làm")), "Đã giao lại danh sách");
        _click(_get(panel, Button.class, spec -> spec.withText("Báo đã khắc phục")));
        expectNotifications("Đã báo hoàn thành khắc phục.");

        login("giamsat");
        navigate("supervision/actions");
        Div toVerify = panel("action-" + action.getId());
        assertThat(_get(toVerify, Anchor.class, spec -> spec.withText("quay-giao-dich.jpg")).getTarget())
                .contains("_blank");
        assertThat(_get(toVerify, Image.class).getAlt()).contains("quay-giao-dich.jpg");
        _assertNone(toVerify, Upload.class);
        _click(_get(toVerify, Button.class, spec -> spec.withText("Xác nhận hoàn thành")));
        expectNotifications("Đã xác nhận hoàn thành.");
    }

    private static Div panel(String id) {
        return _get(Div.class, spec -> spec.withId(id));
    }
}
