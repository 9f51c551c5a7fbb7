package vn.vnpt.bacgiang.cskh.execution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ui.WorklistPage.*;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.internal.UIInternals;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Collection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ContactEntry;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.GiftLine;
import vn.vnpt.bacgiang.cskh.execution.TaskState;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;

class WorklistViewTest extends KaribuTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aCareStaffMemberSavesWithEnterMovesToTheNextTaskAndTheThirdFailedAttemptClosesOne() throws Exception {
        long campaign = assigned(List.of(BICH_DONG, BICH_DONG, BICH_DONG));
        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(campaign)));
        assertThat(rows()).hasSize(3);

        WorklistRow first = rows().getFirst();
        grid().select(first);
        assertThat(_get(H3.class, spec -> spec.withId("task-customer")).getText()).isEqualTo(first.customerName());
        assertThat(_get(Div.class, spec -> spec.withClasses("task-script")).getElement().getTextRecursively())
                .contains("Em là Vũ Văn Nam, chào " + first.customerName());
        _setValue(outcome(), ContactOutcome.REACHED_ACCEPTED);
        Select<GiftLine> gift = _get(Select.class, spec -> spec.withId("contact-gift"));
        _setValue(gift, gift.getListDataView().getItem(0));
        _setValue(satisfaction(), 5);
        ShortcutsKt._fireShortcut(_get(FormLayout.class, spec -> spec.withClasses("contact-form")), Key.ENTER);
        expectNotifications("Đã lưu lần chăm sóc.");
        assertThat(rows()).hasSize(2).noneMatch(row -> row.taskId() == first.taskId());
        WorklistRow next = grid().asSingleSelect().getValue();
        assertThat(next).isNotNull();
        assertThat(_get(H3.class, spec -> spec.withId("task-customer")).getText()).isEqualTo(next.customerName());

        _setValue(outcome(), ContactOutcome.NOT_REACHED);
        _click(save());
        DateTimePicker callback = _get(DateTimePicker.class, spec -> spec.withId("contact-callback"));
        assertThat(callback.isInvalid()).isTrue();
        assertThat(callback.getErrorMessage()).isEqualTo("Chưa liên lạc được: hãy hẹn thời gian gọi lại.");
        assertThat(contacts(next.taskId())).isZero();

        for (int attempt = 1; attempt <= 3; attempt++) {
            grid().select(rows().stream().filter(row -> row.taskId() == next.taskId()).findFirst().orElseThrow());
            _setValue(outcome(), ContactOutcome.NOT_REACHED);
            if (attempt < 3) {
                _setValue(_get(DateTimePicker.class, spec -> spec.withId("contact-callback")),
                        LocalDateTime.now(VnFormats.ZONE).plusDays(attempt).withNano(0));
            }
            _click(save());
        }
        assertThat(contacts(next.taskId())).isEqualTo(3);
        assertThat(as("vietyen.cskh1", () -> execution.task(next.taskId()).state())).isEqualTo(TaskState.UNREACHABLE);
        assertThat(rows()).hasSize(1).noneMatch(row -> row.taskId() == next.taskId());
    }

    @Test
    void aSaveOpensTheTaskThatNowStandsWhereTheSavedOneStoodOrTheLastOne() throws Exception {
        long campaign = assigned(List.of(BICH_DONG, BICH_DONG, BICH_DONG));
        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(campaign)));
        List<WorklistRow> before = rows();

        grid().select(before.get(1));
        reachedWithAGift();
        assertThat(grid().asSingleSelect().getValue()).as("the one after it").extracting(WorklistRow::taskId)
                .isEqualTo(before.get(2).taskId());

        reachedWithAGift();
        assertThat(grid().asSingleSelect().getValue()).as("the list ended: the last one").extracting(WorklistRow::taskId)
                .isEqualTo(before.get(0).taskId());
        assertThat(_get(H3.class, spec -> spec.withId("task-customer")).getText())
                .isEqualTo(before.get(0).customerName());
    }

    private void reachedWithAGift() {
        _setValue(outcome(), ContactOutcome.REACHED_ACCEPTED);
        Select<GiftLine> gift = _get(Select.class, spec -> spec.withId("contact-gift"));
        _setValue(gift, gift.getListDataView().getItem(0));
        _setValue(satisfaction(), 5);
        _click(save());
        expectNotifications("Đã lưu lần chăm sóc.");
    }

    @Test
    void aTaskLoggedMeanwhileBySomeoneElseIsRefusedWithAClearMessageAndReloaded() throws Exception {
        long campaign = assigned(List.of(BICH_DONG));
        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(campaign)));
        WorklistRow row = rows().getFirst();
        grid().select(row);
        as("vietyen.truongphong", () -> {
            execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.CALL,
                    ContactOutcome.NOT_REACHED, null, Instant.now().plus(Duration.ofHours(3)), "Gọi thử"));
            return null;
        });

        _setValue(outcome(), ContactOutcome.REACHED_DECLINED);
        _click(save());

        expectNotifications("Nhiệm vụ vừa được người khác cập nhật (ghi lần chăm sóc hoặc giao lại). Lần chăm sóc "
                + "của bạn chưa được lưu; nhiệm vụ đã được tải lại, hãy xem rồi ghi lại.");
        assertThat(contacts(row.taskId())).isEqualTo(1);
        assertThat(_get(Div.class, spec -> spec.withId("task-history")).getElement().getTextRecursively())
                .contains("Gọi thử");
    }

    @Test
    void theNextTaskOpensInTheSameFormEmptiedOfTheLastOnesValuesAndErrors() throws Exception {
        long campaign = assigned(List.of(BICH_DONG, BICH_DONG));
        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(campaign)));
        WorklistRow first = rows().getFirst();
        WorklistRow second = rows().get(1);
        grid().select(first);
        FormLayout form = _get(FormLayout.class, spec -> spec.withClasses("contact-form"));
        _setValue(outcome(), ContactOutcome.NOT_REACHED);
        TextField note = _get(TextField.class, spec -> spec.withLabel("Ghi chú"));
        _setValue(note, "Máy bận");
        _click(save());
        DateTimePicker callback = _get(DateTimePicker.class, spec -> spec.withId("contact-callback"));
        assertThat(callback.isInvalid()).isTrue();

        grid().select(second);

        assertThat(_get(H3.class, spec -> spec.withId("task-customer")).getText()).isEqualTo(second.customerName());
        assertThat(_get(FormLayout.class, spec -> spec.withClasses("contact-form"))).isSameAs(form);
        assertThat(outcome().getValue()).isNull();
        assertThat(note.getValue()).isEmpty();
        assertThat(callback.isInvalid()).isFalse();
        assertThat(callback.isVisible()).isFalse();
        assertThat(channel().getValue()).isEqualTo(CareChannel.CALL);
        assertThat(_get(Div.class, spec -> spec.withClasses("task-script")).getElement().getTextRecursively())
                .contains(second.customerName()).doesNotContain(first.customerName());
        assertThat(contacts(first.taskId())).isZero();
    }

    @Test
    void workingThroughTasksLeavesNoCallsPilingUpForTheFormsHiddenFields() throws Exception {
        long campaign = assigned(List.of(BICH_DONG, BICH_DONG, BICH_DONG, BICH_DONG, BICH_DONG));
        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(campaign)));
        grid().select(rows().getFirst());
        _setValue(outcome(), ContactOutcome.REACHED_DECLINED);
        _click(save());
        int waitingAfterOne = waitingCalls();

        for (int task = 0; task < 3; task++) {
            _setValue(outcome(), ContactOutcome.REACHED_DECLINED);
            _click(save());
        }

        assertThat(rows()).hasSize(1);
        assertThat(waitingCalls()).isLessThanOrEqualTo(waitingAfterOne);
    }

    /** The browser calls a UI keeps for hidden components until they are shown, each held in the session. */
    private static int waitingCalls() throws ReflectiveOperationException {
        MockVaadin.clientRoundtrip(false);
        Field pending = UIInternals.class.getDeclaredField("pendingJsInvocations");
        pending.setAccessible(true);
        return ((Collection<?>) pending.get(UI.getCurrent().getInternals())).size();
    }

    @Test
    void onlyCareStaffMayOpenTheWorklist() {
        login("vietyen.truongphong");
        navigate("worklist");
        _get(ForbiddenView.class);
        login("ttvt.vietyen");
        navigate("worklist");
        _get(ForbiddenView.class);
    }

    private long contacts(long task) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE task_id = ?", Long.class, task);
    }

    private long assigned(List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Danh sách", units);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        return campaign;
    }
}
