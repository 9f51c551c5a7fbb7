package vn.vnpt.bacgiang.cskh.execution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ui.WorklistPage.*;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ContactEntry;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.GiftLine;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.TaskState;
import vn.vnpt.bacgiang.cskh.execution.WorklistFilter;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;

class CareTouchesViewTest extends KaribuTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private ProgressService progress;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    @Test
    void aVipVisitTaskStaysOpenAfterTheBookingCallIsTodaysAppointmentAndTheVisitWithAGiftCompletesItAndRaisesTheBudgetUsed()
            throws Exception {
        long campaign = vipVisits(List.of(BICH_DONG));
        assertThat(budgetUsed(campaign)).isZero();
        clock.stopAt(LocalDate.now(clock).atTime(10, 0));
        Instant visit = clock.instant().plus(Duration.ofMinutes(2));
        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(campaign)));
        WorklistRow row = rows().getFirst();
        grid().select(row);

        _setValue(outcome(), ContactOutcome.REACHED_ACCEPTED);
        _setValue(satisfaction(), 5);
        _assertNone(Select.class, spec -> spec.withId("contact-gift"));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Hẹn thăm lúc")),
                LocalDateTime.ofInstant(visit, VnFormats.ZONE));
        _click(save());

        expectNotifications("Đã lưu lần chăm sóc.");
        assertThat(rows()).extracting(WorklistRow::taskId).containsExactly(row.taskId());
        assertThat(GridKt._getFormatted(grid(), 0, "due")).isEqualTo("Hẹn thăm "
                + DateTimeFormatter.ofPattern("dd/MM HH:mm").format(visit.atZone(VnFormats.ZONE)));
        _setValue(filter(), WorklistFilter.APPOINTMENTS_TODAY);
        assertThat(rows()).extracting(WorklistRow::taskId, WorklistRow::appointmentAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(row.taskId(), visit));

        grid().select(rows().getFirst());
        assertThat(channel().getValue()).isEqualTo(CareChannel.VISIT);
        _setValue(outcome(), ContactOutcome.REACHED_ACCEPTED);
        _assertNone(DateTimePicker.class, spec -> spec.withLabel("Hẹn thăm lúc"));
        Select<GiftLine> gift = gift();
        _setValue(gift, gift.getListDataView().getItem(0));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Số lượng quà")), 2);
        _click(save());

        expectNotifications("Đã lưu lần chăm sóc.");
        assertThat(rows()).isEmpty();
        assertThat(as("giamdoc", () -> execution.task(row.taskId()).state())).isEqualTo(TaskState.COMPLETED);
        assertThat(budgetUsed(campaign)).isEqualTo(2 * 200_000L);
        _setValue(filter(), WorklistFilter.DONE_TODAY);
        assertThat(rows()).extracting(WorklistRow::taskId, WorklistRow::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(row.taskId(), TaskState.COMPLETED));
        grid().select(rows().getFirst());
        assertThat(_get(Div.class, spec -> spec.withId("task-history")).getElement().getTextRecursively())
                .contains("Trao 2 × Quà thăm hỏi").contains("Hẹn thăm " + VnFormats.dateTime(visit));
        _get(Anchor.class, spec -> spec.withId("task-handoff"));
    }

    @Test
    void aVisitWithoutAGiftLineIsRefusedWithTheGiftFieldMarked() throws Exception {
        long campaign = vipVisits(List.of(BICH_DONG));
        booked(campaign);
        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(campaign)));
        WorklistRow row = rows().getFirst();
        grid().select(row);

        _setValue(channel(), CareChannel.VISIT);
        _setValue(outcome(), ContactOutcome.REACHED_ACCEPTED);
        _click(save());

        assertThat(gift().isInvalid()).isTrue();
        assertThat(gift().getErrorMessage()).isEqualTo("Chương trình cần trao quà khi thăm: hãy chọn quà đã trao.");
        assertThat(contacts(row.taskId())).isEqualTo(1);
        assertThat(as("giamdoc", () -> execution.task(row.taskId()).state())).isEqualTo(TaskState.OPEN);
    }

    @Test
    void anUploadOfARenamedNonImageIsRefusedAndAPhotoIsKeptAsTheReceiptOfTheGift() throws Exception {
        long campaign = vipVisits(List.of(BICH_DONG));
        booked(campaign);
        login("vietyen.cskh1");
        UI.getCurrent().navigate("worklist", QueryParameters.of("campaign", String.valueOf(campaign)));
        WorklistRow row = rows().getFirst();
        grid().select(row);
        _setValue(channel(), CareChannel.VISIT);
        _setValue(outcome(), ContactOutcome.REACHED_ACCEPTED);

        UploadKt._upload(_get(Upload.class), "bien-nhan.jpg", "image/jpeg",
                "MZ\u0090 not a photo at all".getBytes(StandardCharsets.ISO_8859_1));

        Span state = _get(Span.class, spec -> spec.withId("contact-receipt-state"));
        assertThat(state.getText()).isEqualTo("Biên nhận phải là ảnh JPEG, PNG hoặc tệp PDF (nội dung tệp không "
                + "đúng loại).");
        assertThat(_get(Div.class, spec -> spec.withClasses("contact-receipt")).hasClassName("invalid")).isTrue();

        UploadKt._upload(_get(Upload.class), "bien-nhan.png", "image/png", PNG);
        assertThat(state.getText()).startsWith("Đã nhận tệp bien-nhan.png");
        Select<GiftLine> gift = gift();
        _setValue(gift, gift.getListDataView().getItem(0));
        _click(save());

        expectNotifications("Đã lưu lần chăm sóc.");
        assertThat(jdbc.queryForObject("SELECT e.content_type FROM care_contact_evidence e JOIN care_contact c ON "
                + "c.id = e.contact_id WHERE c.task_id = ?", String.class, row.taskId())).isEqualTo("image/png");
        _setValue(filter(), WorklistFilter.DONE_TODAY);
        grid().select(rows().getFirst());
        assertThat(_get(Anchor.class, spec -> spec.withClasses("task-contact-receipt")).getText()).isEqualTo("Biên nhận");
    }

    private long vipVisits(List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Thăm khách hàng VIP", units);
        jdbc.update("UPDATE campaign_orientation SET touches = ? WHERE campaign_id = ?",
                CareTouches.CALL_THEN_VISIT_WITH_GIFT.name(), campaign);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        return campaign;
    }

    /** The call that books tomorrow's visit, logged before the test opens the worklist. */
    private void booked(long campaign) throws Exception {
        as("vietyen.cskh1", () -> {
            WorklistRow row = execution.worklist(campaign, 0, 1).getFirst();
            execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.CALL,
                    ContactOutcome.REACHED_ACCEPTED, null, 0, 5, null, clock.instant().plus(Duration.ofDays(1)),
                    "Hẹn thăm ngày mai", null));
            return null;
        });
    }

    private long budgetUsed(long campaign) throws Exception {
        return as("vietyen.truongphong", () -> progress.units(campaign)).getFirst().figures().budgetUsed();
    }

    private long contacts(long task) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE task_id = ?", Long.class, task);
    }
}
