package vn.vnpt.bacgiang.cskh.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalCriterion;
import vn.vnpt.bacgiang.cskh.campaign.AppraisalService;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignShare;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignUnit;
import vn.vnpt.bacgiang.cskh.campaign.CarePlanService;
import vn.vnpt.bacgiang.cskh.campaign.PlanFixture;
import vn.vnpt.bacgiang.cskh.campaign.ProgrammeType;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.segment.Segment;

class CampaignBoardViewTest extends KaribuTest {

    private static final String NAME = "Tri ân khách hàng Hiệp Hòa";
    private static final String REASON = "Chưa có chỉ tiêu liên hệ cho từng cửa hàng";
    private static final long LUC_NAM = 11;
    private static final String DEMO_SEGMENTING = "Chúc mừng sinh nhật khách hàng tháng 12";

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private CarePlanService plans;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AppraisalService appraisals;

    @Test
    void aPlannersCampaignGoesToAppraisalIsReturnedWithAReasonResubmittedAndApproved() {
        login("kehoach");
        navigate("campaigns");
        _click(_get(Button.class, spec -> spec.withText("Chương trình mới")));
        fillNewCampaign();
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .replace("campaign/", ""));
        CampaignFixture.withStepTwoDone(jdbc, campaigns.get(id));
        click("Chuyển sang định hướng");
        click("Chuyển sang lập kế hoạch");
        PlanFixture.prepareForSubmission(plans, jdbc, id);
        navigate("campaign/" + id);
        click("Trình thẩm định");
        assertThat(stateBadge()).isEqualTo("4. Thẩm định");

        login("giamdoc");
        assertThat(waitingReasonOf(NAME)).isEqualTo("Chờ bạn thẩm định");
        navigate("campaign/" + id);
        _assertNone(Button.class, spec -> spec.withText("Trình thẩm định"));
        _assertNone(Button.class, spec -> spec.withText("Trả lại kế hoạch"));
        appraise(2, "", "appraisal-return");
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Ý kiến thẩm định"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.isRequiredIndicatorVisible()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Cần nhập lý do.");
        assertThat(reason.getHelperText()).isEqualTo("Bắt buộc khi trả lại hoặc không phê duyệt.");
        assertThat(stateBadge()).isEqualTo("4. Thẩm định");
        appraise(2, REASON, "appraisal-return");
        assertThat(stateBadge()).isEqualTo("Bị trả lại");

        login("kehoach");
        assertThat(waitingReasonOf(NAME)).isEqualTo("Bị trả lại, cần sửa");
        navigate("campaign/" + id);
        assertThat(_get(Div.class, spec -> spec.withClasses("campaign-returned")).getElement().getTextRecursively())
                .isEqualTo("Lý do trả lại: " + REASON);
        click("Sửa lại kế hoạch");
        assertThat(_get(Div.class, spec -> spec.withClasses("campaign-returned")).getElement().getTextRecursively())
                .isEqualTo("Lý do trả lại lần trước: " + REASON);
        CampaignShare share = plans.shares(id).getFirst().copy();
        long quota = Objects.requireNonNull(share.getQuota());
        share.setQuota(quota - 1);
        plans.updateShare(share);
        click("Trình thẩm định");

        login("giamdoc");
        assertThat(waitingReasonOf(NAME)).isEqualTo("Chờ bạn thẩm định · Nộp lại — thay đổi: chỉ tiêu");
        navigate("campaign/" + id);
        assertThat(_get(Div.class, spec -> spec.withId("appraisal-changes")).getElement().getTextRecursively())
                .contains("Thay đổi từ lần thẩm định trước", "Chỉ tiêu " + share.getUnitName() + ": " + quota + " → "
                        + (quota - 1));
        assertThat(_get(Div.class, spec -> spec.withId("appraisal-history")).getElement().getTextRecursively())
                .contains("Trả lại kế hoạch", REASON, "Phù hợp mục tiêu: 2/5");
        appraise(5, "", "appraisal-approve");
        assertThat(stateBadge()).isEqualTo("5. Điều kiện thực hiện");
        _get(TabSheet.class).setSelectedIndex(3);
        assertThat(_get(Span.class, spec -> spec.withId("appraisal-frozen")).getText()).isEqualTo(
                "Danh sách khách hàng đã chốt khi phê duyệt: " + VnFormats.number(appraisals.frozenMembers(id))
                        + " khách hàng.");
        assertThat(appraisals.frozenMembers(id)).isPositive();
        assertThat(campaigns.history(id)).extracting(change -> change.getToState().name()).containsExactly(
                "SEGMENTING", "ORIENTATION", "PLANNING", "APPRAISAL", "RETURNED", "PLANNING", "APPRAISAL", "READINESS");
    }

    /** The Director scores every criterion, writes the comment and presses the decision's button. */
    @SuppressWarnings("unchecked")
    private void appraise(int score, String comment, String buttonId) {
        for (AppraisalCriterion criterion : AppraisalCriterion.values()) {
            String label = UI.getCurrent().getTranslation(criterion.labelKey());
            _setValue(_get(Select.class, spec -> spec.withLabel(label)), score);
        }
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Ý kiến thẩm định")), comment);
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
    }

    @Test
    void aPlannerDraggingAPlanIntoReadinessIsRefusedAndTheCardStays() throws Exception {
        Campaign campaign = inAppraisal();
        login("kehoach");
        navigate("campaigns");

        drop(cardOf(campaign), column(CampaignState.READINESS));

        NotificationsKt.expectNotifications("Chỉ Ban Giám đốc TTKD được phê duyệt kế hoạch.");
        assertThat(column(CampaignState.APPRAISAL).getElement().getTextRecursively()).contains(campaign.getName());
        assertThat(column(CampaignState.READINESS).getElement().getTextRecursively()).doesNotContain(campaign.getName());
        assertThat(campaigns.get(CampaignFixture.id(campaign)).getState()).isEqualTo(CampaignState.APPRAISAL);
    }

    @Test
    void theDirectorDraggingAPlanOutOfAppraisalIsTakenToTheScoredAppraisalAndNothingMoves() throws Exception {
        Campaign campaign = inAppraisal();
        long id = CampaignFixture.id(campaign);
        for (CampaignState target : new CampaignState[] {CampaignState.READINESS, CampaignState.RETURNED}) {
            login("giamdoc");
            navigate("campaigns");

            drop(cardOf(campaign), column(target));

            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("campaign/" + id);
            assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("4. Thẩm định");
            _get(Button.class, spec -> spec.withId("appraisal-approve"));
            assertThat(campaigns.get(id).getState()).isEqualTo(CampaignState.APPRAISAL);
        }
        assertThat(appraisals.appraisals(id)).isEmpty();
    }

    @Test
    void theBoardShowsEveryStepAndReturnedAndFlagsLateCampaigns() {
        login("giamdoc");
        navigate("campaigns");

        assertThat(_find(BoardColumn.class)).extracting(BoardColumn::state).containsExactly(CampaignState.SEGMENTING,
                CampaignState.ORIENTATION, CampaignState.PLANNING, CampaignState.APPRAISAL, CampaignState.READINESS,
                CampaignState.EXECUTION, CampaignState.SUPERVISION, CampaignState.EVALUATION, CampaignState.RETURNED);
        assertThat(column(CampaignState.PLANNING).getElement().getTextRecursively())
                .contains("Giữ chân thuê bao có nguy cơ rời mạng", "Quá hạn");
    }

    @Test
    void theBoardsMenuEntryCountsWhatWaitsOnTheUser() {
        PortalUser director = login("giamdoc");

        SideNavItem board = _get(SideNav.class).getItems().stream()
                .filter(item -> item.getLabel().equals("Chương trình CSKH")).findFirst().orElseThrow();
        assertThat(board.getSuffixComponent()).isInstanceOf(Span.class);
        assertThat(((Span) board.getSuffixComponent()).getText())
                .isEqualTo(String.valueOf(campaigns.waitingOn(director).size()));
    }

    @Test
    void salesManagersAndCareStaffSeeTheFieldStepsReadOnlyAndTheServiceRefusesTheirMoves() throws Exception {
        long id = CampaignFixture.inState(jdbc, "Thăm khách hàng Lục Nam", CampaignState.EXECUTION, LUC_NAM);
        Campaign executing = as("giamdoc", () -> campaigns.get(id));
        for (String username : new String[] {"lucnam.truongphong", "lucnam.cskh1"}) {
            login(username);
            navigate("campaigns");

            assertThat(_find(BoardColumn.class)).extracting(BoardColumn::state).endsWith(CampaignState.EXECUTION,
                    CampaignState.SUPERVISION, CampaignState.EVALUATION).doesNotContain(CampaignState.PLANNING,
                    CampaignState.APPRAISAL, CampaignState.RETURNED);
            assertThat(_get(Span.class, spec -> spec.withClasses("campaign-board-readonly")).getText())
                    .isEqualTo("Bạn chỉ xem các chương trình; việc chuyển bước do người phụ trách thực hiện.");
            _assertNone(Button.class, spec -> spec.withText("Chương trình mới"));
            assertThat(cardOf(executing).isDraggable()).isFalse();
            assertThat(column(CampaignState.SUPERVISION).isActive()).isFalse();

            NotificationsKt.clearNotifications();
            drop(cardOf(executing), column(CampaignState.SUPERVISION));
            NotificationsKt.expectNotifications("Chỉ chuyên viên giám sát ĐHNV được bắt đầu kiểm tra, giám sát.");
            assertThatThrownBy(() -> as(username, () -> campaigns.move(id, executing.getVersion(),
                    CampaignState.CANCELLED, "Dừng"))).isInstanceOf(RuleViolation.class)
                    .hasMessage("campaign.refused.CANCEL");
        }
        assertThat(as("giamdoc", () -> campaigns.get(id)).getState()).isEqualTo(CampaignState.EXECUTION);
    }

    @Test
    void telecomCenterStaffAreRefusedTheBoard() {
        login("ttvt.lucnam");
        navigate("campaigns");

        _assertNone(CampaignBoardView.class);
        _get(ForbiddenView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBoardFiltersByAUnitTakingPart() throws Exception {
        Campaign campaign = inAppraisal();
        String unit = as("kehoach", () -> plans.shares(CampaignFixture.id(campaign))).getFirst().getUnitName();
        login("giamdoc");
        navigate("campaigns");

        ComboBox<CampaignUnit> units = _get(ComboBox.class, spec -> spec.withLabel("Đơn vị tham gia"));
        _setValue(units, units.getListDataView().getItems().filter(candidate -> candidate.name().equals(unit))
                .findFirst().orElseThrow());
        assertThat(column(CampaignState.APPRAISAL).getElement().getTextRecursively()).contains(campaign.getName());
        assertThat(column(CampaignState.SEGMENTING).getElement().getTextRecursively())
                .as("a demo campaign not split yet has no executing unit").doesNotContain(DEMO_SEGMENTING);

        _setValue(units, units.getListDataView().getItems()
                .filter(candidate -> candidate.name().equals("Phòng Điều hành nghiệp vụ")).findFirst().orElseThrow());
        assertThat(column(CampaignState.APPRAISAL).getElement().getTextRecursively()).contains(campaign.getName());
        assertThat(column(CampaignState.SEGMENTING).getElement().getTextRecursively()).contains(DEMO_SEGMENTING);
    }

    @Test
    void rejectingWithoutScoresOrAReasonMarksTheReasonFieldBesideTheScores() throws Exception {
        Campaign campaign = inAppraisal();
        login("giamdoc");
        navigate("campaign/" + CampaignFixture.id(campaign));

        _click(_get(Button.class, spec -> spec.withId("appraisal-reject")));

        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Ý kiến thẩm định"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Cần nhập lý do.");
        NotificationsKt.expectNotifications("Hãy chấm điểm từ 1 đến 5 cho mọi tiêu chí.");
        assertThat(stateBadge()).isEqualTo("4. Thẩm định");
    }

    private Campaign inAppraisal() throws Exception {
        Campaign campaign = CampaignFixture.withStepTwoDone(jdbc, as("kehoach",
                () -> campaigns.create(CampaignFixture.draft("Kéo thả", CampaignFixture.LONG_TENURE_SEGMENT))));
        for (CampaignState next : new CampaignState[] {CampaignState.ORIENTATION, CampaignState.PLANNING,
                CampaignState.APPRAISAL}) {
            Campaign current = campaign;
            if (next == CampaignState.APPRAISAL) {
                as("kehoach", () -> {
                    PlanFixture.prepareForSubmission(plans, jdbc, CampaignFixture.id(current));
                    return null;
                });
            }
            campaign = as("kehoach", () -> campaigns.move(CampaignFixture.id(current), current.getVersion(), next,
                    null));
        }
        return campaign;
    }

    @SuppressWarnings("unchecked")
    private static void fillNewCampaign() {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên chương trình")), NAME);
        _setValue(_get(Select.class, spec -> spec.withLabel("Loại chương trình")), ProgrammeType.GRATITUDE);
        ComboBox<Segment> segment = _get(ComboBox.class, spec -> spec.withLabel("Phân loại khách hàng"));
        _setValue(segment, segment.getListDataView().getItems()
                .filter(candidate -> candidate.getName().equals("Khách hàng gắn bó trên 10 năm")).findFirst()
                .orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Mục tiêu")), "Tri ân 2.000 khách hàng gắn bó.");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Bắt đầu")), LocalDate.now().plusDays(10));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Kết thúc")), LocalDate.now().plusDays(40));
    }

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private static String stateBadge() {
        return _get(Span.class, spec -> spec.withClasses("campaign-state")).getText();
    }

    private static String waitingReasonOf(String name) {
        Anchor link = _get(Anchor.class, spec -> spec.withText(name).withClasses("waiting-name"));
        return link.getParent().orElseThrow().getElement().getChild(1).getTextRecursively();
    }

    private static CampaignCard cardOf(Campaign campaign) {
        return _find(CampaignCard.class).stream()
                .filter(card -> Objects.equals(card.campaign().getId(), campaign.getId())).findFirst().orElseThrow();
    }

    private static BoardColumn column(CampaignState state) {
        return _find(BoardColumn.class).stream().filter(column -> column.state() == state).findFirst().orElseThrow();
    }

    private static void drop(CampaignCard card, BoardColumn column) {
        UI.getCurrent().getInternals().setActiveDragSourceComponent(card);
        ComponentUtil.fireEvent(column, new DropEvent<>(column, true, "move"));
    }
}
