package vn.vnpt.bacgiang.cskh.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.report.EvaluationReport;
import vn.vnpt.bacgiang.cskh.report.EvaluationService;
import vn.vnpt.bacgiang.cskh.report.PdfPages;
import vn.vnpt.bacgiang.cskh.settlement.SettlementFixture;

/**
 * Step 8's tab of campaign 10 (in evaluation): the draft report, the planner's conclusions written and submitted,
 * which lifts the Director's guard on closing; nothing of it before step 8. Rolled back.
 */
@Transactional
class EvaluationSectionTest extends KaribuTest {

    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private EvaluationReport report;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private vn.vnpt.bacgiang.cskh.supervision.StepSevenFixture stepSeven;
    @Autowired
    private jakarta.persistence.EntityManager entities;

    private static final String CLOSE_GUARD = "Chưa thể kết thúc: phòng ĐHNV chưa nộp báo cáo đánh giá.";

    @Test
    void thePlannerMakesTheDraftReportInTheBackgroundWatchingItsProgressAndThenDownloadsIt() throws Exception {
        login("kehoach");
        navigate("campaign/10");

        Button make = _get(Button.class, spec -> spec.withText("Tạo dự thảo báo cáo đánh giá (PDF)"));
        Component panel = make.getParent().orElseThrow();

        _click(make);

        // read without a lookup (each is a round trip): what the background work reports waits for the next one
        assertThat(child(panel, ProgressBar.class).isVisible()).isTrue();
        assertThat(child(panel, Span.class).getText()).isEqualTo("Đang chờ đến lượt…");
        assertThat(make.isEnabled()).isFalse();
        // the page stays usable while the report is made
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Kết luận")).isEnabled()).isTrue();
        awaitBackground();
        Anchor draft = _get(Anchor.class, spec -> spec.withId("evaluation-draft"));
        int pages = PdfPages.count(as("kehoach", () -> report.draft(10, Locale.forLanguageTag("vi"))));
        assertThat(draft.getText()).matches("Tải về: Báo cáo đánh giá .+ \\(dự thảo \\d\\d-\\d\\d-\\d{4}\\)\\.pdf \\(" + pages
                + " trang, \\d+ KB\\)");
        assertThat(draft.getHref()).isNotBlank();
        assertThat(_get(Button.class, spec -> spec.withId("evaluation-draft-make")).getText())
                .isEqualTo("Tạo lại bản mới");
        assertThat(_find(ProgressBar.class)).noneMatch(ProgressBar::isVisible);
    }

    private static <T extends Component> T child(Component parent, Class<T> type) {
        return parent.getChildren().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** Lets the background work finish and reach the page, as the browser's polling would. */
    private static void awaitBackground() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            MockVaadin.runUIQueue();
            if (_find(ProgressBar.class).stream().noneMatch(ProgressBar::isVisible)) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        } while (System.nanoTime() < deadline);
        throw new AssertionError("The report was not made within a minute");
    }

    @Test
    void thePlannersFirstConclusionsStartFromTheInspectionsFindings() {
        long campaign = stepSeven.campaignInSupervision("Bài học từ kiểm tra");
        long inspection = stepSeven.planned(campaign);
        stepSeven.submittedWithOneFinding(inspection);
        jdbc.update("UPDATE campaign SET state = 'EVALUATION' WHERE id = ?", campaign);
        entities.clear(); // step 7's services loaded the campaign while it was in supervision
        java.util.Map<String, Object> finding = jdbc.queryForMap("SELECT unit_name, item_text, comment FROM finding "
                + "WHERE inspection_id = ?", inspection);

        login("kehoach");
        openStepEight(campaign);

        assertThat(_get(TextArea.class, spec -> spec.withLabel("Kết luận")).getValue()).isEqualTo(
                "Bài học rút ra từ kiểm tra, giám sát (bước 7):\n- " + finding.get("unit_name") + ": "
                        + finding.get("item_text") + " — " + finding.get("comment"));
    }

    @Test
    void thePlannerSubmitsTheConclusionsAndTheDirectorMayThenCloseWithoutOverriding() {
        SettlementFixture.settledInFull(jdbc, 10);
        login("giamdoc");
        navigate("campaign/10");
        assertThat(_get(Span.class, spec -> spec.withClasses("campaign-action-override")).getText()).isEqualTo(CLOSE_GUARD);
        _assertNone(TextArea.class, spec -> spec.withLabel("Kết luận"));

        login("kehoach");
        navigate("campaign/10");
        _click(_get(Button.class, spec -> spec.withText("Nộp cho Giám đốc")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Kết luận")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Kết luận")).getErrorMessage())
                .isEqualTo("Hãy viết kết luận trước khi nộp báo cáo.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Kết luận")), "Đạt mục tiêu tiếp cận ở 9 trên 11 đơn vị.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Đề xuất")), "Giao chỉ tiêu sớm hơn cho Sơn Động.");
        _click(_get(Button.class, spec -> spec.withText("Nộp cho Giám đốc")));

        expectNotifications("Đã nộp báo cáo đánh giá cho Giám đốc.");
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-state")).getText()).isEqualTo("Đã nộp Giám đốc");
        _get(Button.class, spec -> spec.withText("Rút lại để sửa"));

        login("giamdoc");
        navigate("campaign/10");
        _assertNone(Span.class, spec -> spec.withClasses("campaign-action-override"));
        _get(Paragraph.class, spec -> spec.withText("Đạt mục tiêu tiếp cận ở 9 trên 11 đơn vị."));
        _assertNone(Button.class, spec -> spec.withText("Nộp cho Giám đốc"));
    }

    @Test
    void theDirectorFindsTheIssuedCopyOfAClosedCampaignAndCorrectsItWithAReason() throws Exception {
        long campaign = CampaignFixture.inState(jdbc, "Đã phát hành", CampaignState.EVALUATION, 11);
        SettlementFixture.settledInFull(jdbc, campaign);
        as("kehoach", () -> evaluations.submit(campaign, null, "Đạt mục tiêu.", null));
        as("giamdoc", () -> campaigns.move(campaign, campaigns.get(campaign).getVersion(), CampaignState.CLOSED, null));
        String sha = jdbc.queryForObject("SELECT pdf_sha256 FROM issued_report WHERE campaign_id = ?", String.class,
                campaign);

        login("giamdoc");
        openStepEight(campaign);
        assertThat(_get(Anchor.class, spec -> spec.withId("issued-1")).getText()).isEqualTo("Tải bản phát hành (PDF)");
        _get(Span.class, spec -> spec.withText("SHA-256 của tệp PDF: " + sha));
        _click(_get(Button.class, spec -> spec.withText("Đính chính báo cáo")));
        _click(_get(Button.class, spec -> spec.withText("Phát hành bản mới")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Lý do đính chính")).getErrorMessage())
                .isEqualTo("Hãy ghi lý do đính chính.");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Lý do đính chính")), "Bổ sung số liệu quyết toán");
        _click(_get(Button.class, spec -> spec.withText("Phát hành bản mới")));

        expectNotifications("Đã phát hành bản đính chính.");
        _get(Anchor.class, spec -> spec.withId("issued-2"));
        _get(Span.class, spec -> spec.withText("Lý do đính chính: Bổ sung số liệu quyết toán"));

        login("kehoach");
        openStepEight(campaign);
        _get(Anchor.class, spec -> spec.withId("issued-2"));
        _assertNone(Button.class, spec -> spec.withText("Đính chính báo cáo"));
    }

    @Test
    void theDirectorReadsItInEnglishToo() {
        login("giamdoc");
        useEnglish();
        navigate("campaign/10");

        assertThat(_get(Button.class, spec -> spec.withId("evaluation-draft-make")).getText())
                .isEqualTo("Make the draft evaluation report (PDF)");
    }

    @Test
    void aCampaignStillInSupervisionOffersNoReportAndTheUnitsManagerGetsNone() {
        login("kehoach");
        navigate("campaign/9");
        _assertNone(Button.class, spec -> spec.withId("evaluation-draft-make"));

        login("tpbg.truongphong");
        navigate("campaign/10");
        _assertNone(Button.class, spec -> spec.withId("evaluation-draft-make"));
    }

    /** A closed campaign opens on its history: the step 8 tab is chosen as a user would. */
    private static void openStepEight(long campaign) {
        navigate("campaign/" + campaign);
        _get(TabSheet.class, spec -> spec.withClasses("campaign-steps"))
                .setSelectedIndex(CampaignState.steps().indexOf(CampaignState.EVALUATION));
    }
}
