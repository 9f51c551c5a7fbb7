package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getHeader;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalService;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;
import vn.vnpt.bacgiang.cskh.campaign.PlanFixture;
import vn.vnpt.bacgiang.cskh.campaign.ReadinessService;
import vn.vnpt.bacgiang.cskh.campaign.UnitReadiness;

class ReadinessPanelTest extends KaribuTest {

    @Autowired
    private Clock clock;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AppraisalService appraisals;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private ReadinessService readiness;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aDistrictManagerSeesTheCampaignWaitingConfirmsReadinessAndThePlannerThenStartsExecution() throws Exception {
        Campaign campaign = inReadiness();
        long id = CampaignFixture.id(campaign);
        List<UnitReadiness> units = as("kehoach", () -> readiness.units(id));
        UnitReadiness mine = units.get(0);
        String manager = managerOf(mine);

        login(manager);
        _get(Anchor.class, spec -> spec.withText(campaign.getName()));
        navigate("campaign/" + id);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("readiness-units")))).isEqualTo(1);
        _setValue(_get(Checkbox.class, spec -> spec.withId("readiness-staffAssigned")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("readiness-budgetReceived")), true);
        _click(_get(Button.class, spec -> spec.withId("readiness-confirm")));
        assertThat(as("kehoach", () -> readiness.units(id)).get(0).isConfirmed()).isFalse();
        _setValue(_get(Checkbox.class, spec -> spec.withId("readiness-listBriefed")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("readiness-scheduleSet")), true);
        _click(_get(Button.class, spec -> spec.withId("readiness-confirm")));
        assertThat(as("kehoach", () -> readiness.units(id)).get(0).isConfirmed()).isTrue();

        for (UnitReadiness unit : units.subList(1, units.size())) {
            as(managerOf(unit), () -> readiness.confirm(complete(unit)));
        }
        login("kehoach");
        navigate("campaign/" + id);
        assertThat(_get(Grid.class, spec -> spec.withId("readiness-units"))).satisfies(grid ->
                assertThat(_size(grid)).isEqualTo(units.size()));
        _click(_get(Button.class, spec -> spec.withText("Cho phép thực hiện")));
        assertThat(as("kehoach", () -> campaigns.get(id)).getState()).isEqualTo(CampaignState.EXECUTION);
    }

    @Test
    void aConfirmedChecklistReadsAsConfirmedAndItsManagerMayUndoTheConfirmation() throws Exception {
        Campaign campaign = inReadiness();
        long id = CampaignFixture.id(campaign);
        UnitReadiness mine = as("kehoach", () -> readiness.units(id)).get(0);
        String manager = managerOf(mine);
        UnitReadiness confirmed = as(manager, () -> readiness.confirm(complete(mine)));
        String when = VnFormats.dateTime(Objects.requireNonNull(confirmed.getConfirmedAt()));

        login(manager);
        navigate("campaign/" + id);
        assertThat(_get(Span.class, spec -> spec.withId("readiness-confirmed")).getElement().getTextRecursively())
                .isEqualTo("Đã xác nhận bởi " + confirmed.getConfirmedByName() + " lúc " + when);
        assertThat(_find(Checkbox.class, spec -> spec.withId("readiness-scheduleSet")))
                .singleElement().satisfies(box -> assertThat(box.isReadOnly()).isTrue());
        assertThat(_get(TextArea.class, spec -> spec.withId("readiness-note")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("readiness-confirm"));
        _assertNone(Button.class, spec -> spec.withId("readiness-save"));

        _click(_get(Button.class, spec -> spec.withText("Hủy xác nhận")));
        expectNotifications("Đã hủy xác nhận sẵn sàng của đơn vị.");
        assertThat(as("kehoach", () -> readiness.units(id)).get(0).isConfirmed()).isFalse();
        assertThat(_get(Checkbox.class, spec -> spec.withId("readiness-scheduleSet")).isReadOnly()).isFalse();
        _assertNone(Span.class, spec -> spec.withId("readiness-confirmed"));
        _assertOne(Button.class, spec -> spec.withId("readiness-confirm"));
    }

    @Test
    void theBoardCardShowsTheUnitsReadyAndFlagsUnitsNotReadyOnceTheDeadlineIsNear() throws Exception {
        Campaign campaign = inReadiness();
        long id = CampaignFixture.id(campaign);
        List<UnitReadiness> units = as("kehoach", () -> readiness.units(id));
        UnitReadiness first = units.get(0);
        as(managerOf(first), () -> readiness.confirm(complete(first)));

        login("kehoach");
        navigate("campaigns");
        assertThat(card(campaign)).contains("Đơn vị sẵn sàng 1/" + units.size()).doesNotContain("Đơn vị chưa sẵn sàng");

        jdbc.update("UPDATE campaign SET step_deadline = CURRENT_DATE + INTERVAL 1 DAY WHERE id = ?", id);
        navigate("campaign/" + id);
        navigate("campaigns");
        assertThat(card(campaign)).contains("Đơn vị sẵn sàng 1/" + units.size(), "Đơn vị chưa sẵn sàng");
    }

    @Test
    void theDirectorStartsExecutionWithUnitsNotReadyOnlyWithAReason() throws Exception {
        Campaign campaign = inReadiness();
        long id = CampaignFixture.id(campaign);

        int units = as("kehoach", () -> readiness.units(id)).size();
        login("kehoach");
        navigate("campaign/" + id);
        Button start = _get(Button.class, spec -> spec.withText("Cho phép thực hiện"));
        String reason = "Mới có 0/" + units + " đơn vị xác nhận đủ điều kiện; chỉ bắt đầu thực hiện khi tất cả đơn vị "
                + "đã sẵn sàng (hoặc Ban Giám đốc cho phép kèm lý do).";
        assertThat(start.isEnabled()).isFalse();
        assertThat(start.getTooltip().getText()).isEqualTo(reason);
        assertThat(_get(Span.class, spec -> spec.withClasses("campaign-action-refusal")).getText()).isEqualTo(reason);
        assertThatThrownBy(() -> as("kehoach", () -> campaigns.move(id, campaign.getVersion(), CampaignState.EXECUTION,
                null))).isInstanceOf(RuleViolation.class).hasMessage("campaign.guard.unitsNotReady");
        assertThat(as("kehoach", () -> campaigns.get(id)).getState()).isEqualTo(CampaignState.READINESS);

        login("giamdoc");
        navigate("campaign/" + id);
        _click(_get(Button.class, spec -> spec.withText("Cho phép thực hiện")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("comment-question")).getText())
                .isEqualTo("0/" + units + " đơn vị đã sẵn sàng — vẫn bắt đầu thực hiện? Cần ghi lý do.");
        _click(_get(Button.class, spec -> spec.withText("Xác nhận")));
        TextArea reasonField = _get(TextArea.class, spec -> spec.withLabel("Lý do, ý kiến"));
        assertThat(reasonField.isRequired()).isTrue();
        assertThat(reasonField.isInvalid()).isTrue();
        assertThat(reasonField.getErrorMessage()).isEqualTo("Cần nhập lý do.");
        assertThat(as("giamdoc", () -> campaigns.get(id)).getState()).isEqualTo(CampaignState.READINESS);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Lý do, ý kiến")), "Các đơn vị đã sẵn sàng theo báo cáo miệng");
        _click(_get(Button.class, spec -> spec.withText("Xác nhận")));
        assertThat(as("giamdoc", () -> campaigns.get(id)).getState()).isEqualTo(CampaignState.EXECUTION);
    }

    @Test
    void startingExecutionBeforeThePeriodAsksForConfirmationAndNotYetStartsNothing() throws Exception {
        Campaign campaign = inReadiness();
        long id = CampaignFixture.id(campaign);
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));
        jdbc.update("UPDATE campaign SET period_start = ?, period_end = ? WHERE id = ?", today.plusDays(11),
                today.plusDays(41), id);

        login("giamdoc");
        navigate("campaign/" + id);
        _click(_get(Button.class, spec -> spec.withText("Cho phép thực hiện")));
        ConfirmDialog early = _get(ConfirmDialog.class);
        assertThat(_getHeader(early)).isEqualTo("Bắt đầu thực hiện sớm?");
        assertThat(_getText(early)).isEqualTo("Chương trình bắt đầu ngày "
                + VnFormats.date(today.plusDays(11)) + ". Bắt đầu thực hiện sớm thì nhiệm vụ được giao ngay; hạn "
                + "của bước 6 vẫn là ngày kết thúc " + VnFormats.date(today.plusDays(41)) + ".");
        _fireCancel(early);
        assertThat(as("giamdoc", () -> campaigns.get(id)).getState()).isEqualTo(CampaignState.READINESS);

        _click(_get(Button.class, spec -> spec.withText("Cho phép thực hiện")));
        _fireConfirm(_get(ConfirmDialog.class));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Lý do, ý kiến")), "Bắt đầu sớm để kịp giao quà");
        _click(_get(Button.class, spec -> spec.withText("Xác nhận")));
        Campaign started = as("giamdoc", () -> campaigns.get(id));
        assertThat(started.getState()).isEqualTo(CampaignState.EXECUTION);
        assertThat(started.getStepDeadline()).isEqualTo(today.plusDays(41));
    }

    private static String card(Campaign campaign) {
        return _find(CampaignCard.class).stream().filter(card -> card.campaign().equals(campaign)).findFirst()
                .orElseThrow().getElement().getTextRecursively();
    }

    private static UnitReadiness complete(UnitReadiness unit) {
        UnitReadiness copy = unit.copy();
        copy.setStaffAssigned(true);
        copy.setBudgetReceived(true);
        copy.setListBriefed(true);
        copy.setScheduleSet(true);
        return copy;
    }

    private String managerOf(UnitReadiness unit) {
        return jdbc.queryForObject("SELECT a.username FROM user_account a JOIN user_role r ON r.user_id = a.id "
                + "WHERE r.role = 'SALES_MANAGER' AND a.unit_id = ? ORDER BY a.id LIMIT 1", String.class,
                unit.getUnitId());
    }

    private Campaign inReadiness() throws Exception {
        Campaign campaign = CampaignFixture.withStepTwoDone(jdbc, as("kehoach",
                () -> campaigns.create(CampaignFixture.draft("Sẵn sàng", CampaignFixture.LONG_TENURE_SEGMENT))));
        campaign = move("kehoach", campaign, CampaignState.ORIENTATION);
        campaign = move("kehoach", campaign, CampaignState.PLANNING);
        long planned = CampaignFixture.id(campaign);
        as("kehoach", () -> {
            PlanFixture.prepareForSubmission(plans, jdbc, planned);
            return null;
        });
        campaign = move("kehoach", campaign, CampaignState.APPRAISAL);
        return move("giamdoc", campaign, CampaignState.READINESS);
    }

    private Campaign move(String username, Campaign campaign, CampaignState to) throws Exception {
        @Nullable String comment = null;
        return as(username, () -> CampaignFixture.move(campaigns, appraisals, campaign, to, comment));
    }
}
