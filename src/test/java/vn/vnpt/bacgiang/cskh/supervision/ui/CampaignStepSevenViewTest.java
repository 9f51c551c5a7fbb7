package vn.vnpt.bacgiang.cskh.supervision.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspection;
import vn.vnpt.bacgiang.cskh.supervision.InspectionState;
import vn.vnpt.bacgiang.cskh.supervision.StepSevenFixture;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;

/** Step 7 on the campaign page: the inspection plan in its tab and the guard on the move to evaluation. Rolled back. */
@Transactional
class CampaignStepSevenViewTest extends KaribuTest {

    private static final String START_EVALUATION = "Chuyển sang đánh giá";

    @Autowired
    private StepSevenFixture stepSeven;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theStepSevenTabShowsTheInspectionPlanPerUnitWithFindingsAndTheActionsStillOpen() {
        long campaign = stepSeven.campaignInSupervision("Kế hoạch kiểm tra");
        long hiepHoa = stepSeven.planned(campaign);
        stepSeven.submittedWithOneFinding(hiepHoa);
        stepSeven.actionOnTheFinding(hiepHoa);
        long tanYen = stepSeven.planned(campaign, StepSevenFixture.TAN_YEN_SALES);

        login("giamsat");
        navigate("campaign/" + campaign);

        Grid<CampaignInspection> plan = plan();
        assertThat(_size(plan)).isEqualTo(2);
        CampaignInspection submitted = _get(plan, 0);
        assertThat(submitted.unitName()).isEqualTo(unitName(StepSevenFixture.HIEP_HOA_SALES));
        assertThat(submitted.supervisorName()).isEqualTo(jdbc.queryForObject(
                "SELECT full_name FROM user_account WHERE username = 'giamsat'", String.class));
        assertThat(submitted.state()).isEqualTo(InspectionState.SUBMITTED);
        assertThat(submitted.score()).isNotNull();
        assertThat(submitted.findings()).isEqualTo(1);
        assertThat(submitted.openActions()).isEqualTo(1);
        assertThat(submitted.overdueActions()).isZero();
        assertThat(((RouterLink) _getCellComponent(plan, 0, "unit")).getHref())
                .isEqualTo("supervision/inspection/" + hiepHoa);
        assertThat(((RouterLink) _getCellComponent(plan, 0, "openActions")).getHref()).isEqualTo("supervision/actions");
        CampaignInspection planned = _get(plan, 1);
        assertThat(planned.inspectionId()).isEqualTo(tanYen);
        assertThat(planned.state()).isEqualTo(InspectionState.PLANNED);
        assertThat(planned.findings()).isZero();
    }

    @Test
    void aSalesManagerSeesOnlyTheirOwnUnitsRowInTheStepSevenTab() {
        long campaign = stepSeven.campaignInSupervision("Phạm vi bước 7");
        long hiepHoa = stepSeven.planned(campaign);
        stepSeven.planned(campaign, StepSevenFixture.TAN_YEN_SALES);

        login(StepSevenFixture.HIEP_HOA_MANAGER);
        navigate("campaign/" + campaign);

        Grid<CampaignInspection> plan = plan();
        assertThat(_size(plan)).isEqualTo(1);
        assertThat(_get(plan, 0).inspectionId()).isEqualTo(hiepHoa);
    }

    @Test
    void startingTheEvaluationOfCampaignNineIsRefusedToThePlannerWithTheReasonAndOfferedToTheDirectorAsAnOverride() {
        stepSeven.planned(SupervisionFixture.CAMPAIGN, StepSevenFixture.TAN_YEN_SALES);
        String reason = reasonForCampaignNine();

        login("kehoach");
        navigate("campaign/9");
        Button start = _get(Button.class, spec -> spec.withText(START_EVALUATION));
        assertThat(start.isEnabled()).isFalse();
        assertThat(start.getTooltip().getText()).isEqualTo(reason);
        assertThat(_get(Span.class, spec -> spec.withClasses("campaign-action-refusal")).getText()).isEqualTo(reason);

        login("giamdoc");
        navigate("campaign/9");
        start = _get(Button.class, spec -> spec.withText(START_EVALUATION));
        assertThat(start.isEnabled()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("campaign-action-override")).getText()).isEqualTo(reason);
        _click(start);
        assertThat(_get(Paragraph.class, spec -> spec.withId("comment-question")).getText()).isEqualTo(reason
                + " Vẫn chuyển bước? Cần ghi lý do; lý do được lưu trong lịch sử của chương trình.");
        _click(_get(Button.class, spec -> spec.withText("Hủy")));
        assertThat(campaigns.get(9).getState()).isEqualTo(CampaignState.SUPERVISION);
    }

    @Test
    void onceEveryInspectionIsSubmittedAndEveryActionVerifiedThePlannerStartsTheEvaluation() {
        long campaign = stepSeven.stepSevenDone("Bước 7 đã xong");

        login("kehoach");
        navigate("campaign/" + campaign);
        _assertNone(Span.class, spec -> spec.withClasses("campaign-action-refusal"));
        _click(_get(Button.class, spec -> spec.withText(START_EVALUATION)));

        assertThat(campaigns.get(campaign).getState()).isEqualTo(CampaignState.EVALUATION);
    }

    @Test
    void theDirectorOverridesTheGuardOnlyWithAReasonWhichTheHistoryShows() {
        long campaign = stepSeven.campaignInSupervision("Ban Giám đốc vượt bước 7");
        stepSeven.planned(campaign);

        login("giamdoc");
        navigate("campaign/" + campaign);
        _click(_get(Button.class, spec -> spec.withText(START_EVALUATION)));
        _click(_get(Button.class, spec -> spec.withText("Xác nhận")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Lý do, ý kiến")).isInvalid()).isTrue();
        assertThat(campaigns.get(campaign).getState()).isEqualTo(CampaignState.SUPERVISION);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Lý do, ý kiến")), "Hết kỳ, kiểm tra bổ sung ở bước 8");
        _click(_get(Button.class, spec -> spec.withText("Xác nhận")));

        assertThat(campaigns.get(campaign).getState()).isEqualTo(CampaignState.EVALUATION);
        TabSheet steps = _get(TabSheet.class, spec -> spec.withClasses("campaign-steps"));
        steps.setSelectedIndex(CampaignState.steps().size());
        assertThat(_get(Span.class, spec -> spec.withClasses("campaign-history-comment")
                .withText("Hết kỳ, kiểm tra bổ sung ở bước 8"))).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CampaignInspection> plan() {
        return _get(Grid.class, spec -> spec.withId("campaign-inspections"));
    }

    private String unitName(long unitId) {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT name FROM unit WHERE id = ?", String.class, unitId));
    }

    private String reasonForCampaignNine() {
        long unsubmitted = count("SELECT COUNT(*) FROM inspection WHERE campaign_id = 9 AND state <> 'SUBMITTED'");
        long inspections = count("SELECT COUNT(*) FROM inspection WHERE campaign_id = 9");
        long unverified = count("SELECT COUNT(*) FROM corrective_action a JOIN finding f ON f.id = a.finding_id "
                + "JOIN inspection i ON i.id = f.inspection_id WHERE i.campaign_id = 9 AND a.state <> 'VERIFIED'");
        long actions = count("SELECT COUNT(*) FROM corrective_action a JOIN finding f ON f.id = a.finding_id "
                + "JOIN inspection i ON i.id = f.inspection_id WHERE i.campaign_id = 9");
        return "Chưa thể chuyển sang đánh giá: " + unsubmitted + " trong " + inspections + " phiếu kiểm tra chưa nộp, "
                + unverified + " trong " + actions + " việc khắc phục chưa được xác nhận hoàn thành.";
    }

    private long count(String sql) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class));
    }
}
