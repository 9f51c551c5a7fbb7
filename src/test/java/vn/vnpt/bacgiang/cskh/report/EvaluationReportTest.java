package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.report.EvaluationReportTestText.pagesWith;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.settlement.UnitSheet;
import vn.vnpt.bacgiang.cskh.settlement.SettlementSheet;
import vn.vnpt.bacgiang.cskh.settlement.SettlementService;
import vn.vnpt.bacgiang.cskh.settlement.SettlementFixture;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;
import vn.vnpt.bacgiang.cskh.handoff.HandoffDraft;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffPriority;
import vn.vnpt.bacgiang.cskh.handoff.HandoffType;
import vn.vnpt.bacgiang.cskh.supervision.ActionDraft;
import vn.vnpt.bacgiang.cskh.supervision.Finding;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;
import vn.vnpt.bacgiang.cskh.supervision.StepSevenFixture;

/**
 * The draft evaluation report of a campaign executed by Việt Yên (two customers, one reached and accepted) and
 * Lạng Giang (one customer, not contacted), now in evaluation. Rolled back.
 */
@Transactional
class EvaluationReportTest extends PortalTest {

    @Autowired
    private SettlementService settlements;

    @Autowired
    private EvaluationReport report;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;
    @Autowired
    private StepSevenFixture stepSeven;
    @Autowired
    private HandoffFixture handoffFixture;
    @Autowired
    private FindingService findings;

    @Test
    void theDraftHasTheOfficialHeadingAndEveryUnitsFiguresAsTheDatabaseCountsThem() throws Exception {
        long campaign = evaluatedCampaign(true);
        clock.stopAt(LocalDateTime.of(2026, 12, 4, 10, 0));
        signIn("kehoach");

        byte[] pdf = report.draft(campaign, Locale.forLanguageTag("vi"));
        InspectionReportTest.textOf(pdf, "evaluation-draft-vi");
        String text = text(pdf);

        assertThat(text).contains("DỰ THẢO", "VNPT BẮC GIANG", "TRUNG TÂM KINH DOANH VNPT -",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-TTKD",
                "Bắc Giang, ngày 04 tháng 12 năm 2026", "BÁO CÁO",
                "Đánh giá kết quả thực hiện chương trình chăm sóc khách hàng “" + name(campaign) + "”",
                "I. MỤC TIÊU VÀ PHẠM VI", "Mục tiêu: Thăm khách hàng", "II. KẾT QUẢ THỰC HIỆN THEO ĐƠN VỊ",
                "Diễn biến số lần liên hệ và số khách hàng đồng ý theo ngày",
                "Chương trình không phát sinh yêu cầu chuyển xử lý.",
                "3 khách hàng được giao cho 2 đơn vị thực hiện", "IV. KIỂM TRA, GIÁM SÁT",
                "Phòng ĐHNV thực hiện 1 cuộc kiểm tra, 1 phiếu đã nộp; ghi nhận 1 phát hiện",
                "Phòng bán hàng khu vực Việt Yên 03/12/2026 Đã nộp", "V. KẾT LUẬN VÀ ĐỀ XUẤT", "Nơi nhận:", "Lưu: VT, ĐHNV.",
                "GIÁM ĐỐC", "Dự thảo in lúc 04/12/2026 10:00 bởi Lê Minh Đức", "1 / " + pages(pdf));
        List<String> pages = EvaluationReportTestText.pages(pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        for (int page = 0; page < pages.size(); page++) {
            // the section after the unit table runs on as the summary: its pages carry the footer too
            assertThat(pages.get(page)).as("page " + (page + 1)).contains((page + 1) + " / " + pages.size(),
                    "Dự thảo in lúc 04/12/2026 10:00 bởi Lê Minh Đức");
        }
        // rank, unit, quota, contacted, reached, accepted, reached / quota: Việt Yên first (1 of 2), Lạng Giang (0 of 1)
        assertThat(text).contains("1 Phòng bán hàng khu vực Việt Yên " + figures(campaign, ExecutionFixture.VIET_YEN)
                + " 50,0").contains("2 Phòng bán hàng khu vực Lạng Giang " + figures(campaign, ExecutionFixture.LANG_GIANG)
                + " 0,0").contains("Tổng cộng 3 / 3 1 1 1");
    }

    @Test
    void theAppendixGivesEachUnitItsOwnPageWithItsCareStaffAndItsFindingsWithTheirCorrectiveActions() throws Exception {
        long campaign = evaluatedCampaign(true);
        jdbc.update("UPDATE care_task SET assignee_id = ? WHERE campaign_id = ? AND unit_id = ? AND state = 'COMPLETED'",
                ExecutionFixture.VIET_YEN_CSKH1, campaign, ExecutionFixture.VIET_YEN);
        long inspection = jdbc.queryForObject("SELECT id FROM inspection WHERE campaign_id = ?", Long.class, campaign);
        as("vietyen.truongphong", () -> {
            Finding finding = findings.findings(inspection).getFirst().finding();
            Finding acknowledged = findings.acknowledge(finding.getId(), finding.getVersion(), null);
            return findings.assign(acknowledged.getId(), acknowledged.getVersion(), new ActionDraft(
                    ExecutionFixture.VIET_YEN_CSKH1, LocalDate.of(2026, 12, 10), "Giao lại danh sách cho cửa hàng"));
        });
        clock.stopAt(LocalDateTime.of(2026, 12, 11, 9, 0));
        signIn("giamdoc");

        List<String> pages = EvaluationReportTestText.pages(report.draft(campaign, Locale.forLanguageTag("vi")));

        List<Integer> vietYen = pagesWith(pages, "PHỤ LỤC 1: Phòng bán hàng khu vực Việt Yên");
        List<Integer> langGiang = pagesWith(pages, "PHỤ LỤC 2: Phòng bán hàng khu vực Lạng Giang");
        assertThat(vietYen).hasSize(1);
        assertThat(langGiang).hasSize(1).doesNotContain(vietYen.getFirst());
        String vietYenPage = pages.get(vietYen.getFirst());
        assertThat(vietYenPage).startsWith("PHỤ LỤC 1").contains("Đơn vị xếp hạng 1/2",
                "Số lần liên hệ và số khách hàng đồng ý của đơn vị");
        for (String line : staffLines(campaign, ExecutionFixture.VIET_YEN)) {
            assertThat(vietYenPage).contains(line);
        }
        for (String line : staffLines(campaign, ExecutionFixture.LANG_GIANG)) {
            assertThat(pages.get(langGiang.getFirst())).contains(line);
        }
        String item = jdbc.queryForObject("SELECT f.item_text FROM finding f WHERE f.inspection_id = ?", String.class,
                inspection);
        String owner = jdbc.queryForObject("SELECT full_name FROM user_account WHERE id = ?", String.class,
                ExecutionFixture.VIET_YEN_CSKH1);
        // the action due on the 10th is a day overdue on the 11th
        assertThat(vietYenPage).contains("Các cuộc kiểm tra ngày 03/12/2026 ghi nhận 1 phát hiện, trong đó 0 phát hiện "
                + "điểm liệt.", item + " → Khắc phục: Giao lại danh sách cho cửa hàng (" + owner + ") 10/12/2026 Đơn vị "
                + "đã xác nhận Không – 1 Đang khắc phục");
        assertThat(pages.get(langGiang.getFirst())).contains("Kiểm tra, giám sát không ghi nhận phát hiện nào tại đơn vị.");
        assertThat(String.join(" ", pages)).contains("Biện pháp khắc phục: 0 đã xác nhận hoàn thành, 0 đã khắc phục chờ "
                + "kiểm tra, 1 đang khắc phục (1 quá hạn); 0 phát hiện chưa có biện pháp.");
    }

    /** The unit's care staff lines as the appendix prints them: name, customers, contacted, reached, accepted. */
    private List<String> staffLines(long campaign, long unit) {
        return jdbc.query("SELECT COALESCE(a.full_name, '(Chưa phân công)') AS name, COUNT(*) AS tasks, "
                + "SUM(t.contacts > 0) AS contacted, SUM(t.state = 'COMPLETED') AS reached, "
                + "SUM(t.last_outcome = 'REACHED_ACCEPTED') AS accepted FROM care_task t "
                + "LEFT JOIN user_account a ON a.id = t.assignee_id WHERE t.campaign_id = ? AND t.unit_id = ? "
                + "GROUP BY t.assignee_id, a.full_name", (rs, n) -> rs.getString("name") + " " + rs.getLong("tasks") + " "
                + rs.getLong("contacted") + " " + rs.getLong("reached") + " " + rs.getLong("accepted") + " ",
                campaign, unit);
    }

    @Test
    void eachUnitsBudgetIsItsPlanAgainstItsSettlementOnceSubmittedAndTheEstimateStarredBefore() throws Exception {
        long campaign = evaluatedCampaign(false);
        signIn("kehoach");
        String before = text(report.draft(campaign, Locale.forLanguageTag("vi")));
        SettlementFixture.settledInFull(jdbc, campaign);

        String after = text(report.draft(campaign, Locale.forLanguageTag("vi")));

        SettlementSheet sheet = as("kehoach", () -> settlements.sheet(campaign));
        for (UnitSheet unit : sheet.units()) {
            assertThat(unit.submitted()).isTrue();
            assertThat(before).contains(VnFormats.number(unit.planned() / 1000) + " / "
                    + VnFormats.number(unit.estimated() / 1000) + "*");
            assertThat(after).contains(VnFormats.number(unit.planned() / 1000) + " / "
                    + VnFormats.number(unit.settled() / 1000) + " ");
        }
        assertThat(after).contains(VnFormats.number(sheet.planned() / 1000) + " / "
                + VnFormats.number(sheet.settled() / 1000) + " ");
    }

    @Test
    void theHandOffsTheCareWorkRaisedAreCountedPerReceivingUnitAgainstTheirServiceLevels() throws Exception {
        WorklistRow task = handoffFixture.careTask("Đánh giá chuyển xử lý");
        handoffFixture.raise("vietyen.cskh1", new HandoffDraft(task.customerId(), null, task.campaignId(), task.taskId(),
                null, HandoffType.REPAIR, HandoffPriority.NORMAL, HandoffFixture.TTVT_YEN_DUNG, "Kiểm tra đường dây",
                List.of()));
        jdbc.update("UPDATE campaign SET state = 'EVALUATION' WHERE id = ?", task.campaignId());
        signIn("giamdoc");

        String text = text(report.draft(task.campaignId(), Locale.forLanguageTag("vi")));

        String receiver = jdbc.queryForObject("SELECT name FROM unit WHERE id = ?", String.class,
                HandoffFixture.TTVT_YEN_DUNG);
        assertThat(text).contains("III. CHUYỂN XỬ LÝ SANG ĐƠN VỊ KHÁC",
                "các đơn vị chuyển 1 yêu cầu của khách hàng cho 1 đơn vị xử lý", receiver + " 1 – – 0 0 0");
    }

    @Test
    void theReportIsSetInLiberationSerifAndReadsInEnglishOnRequest() throws Exception {
        long campaign = evaluatedCampaign();
        signIn("giamdoc");

        byte[] pdf = report.draft(campaign, Locale.ENGLISH);
        InspectionReportTest.textOf(pdf, "evaluation-draft-en");

        assertThat(text(pdf)).contains("SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "REPORT",
                "II. RESULTS PER UNIT", "Phòng bán hàng khu vực Việt Yên", "The programme raised no hand-off.",
                "The programme had no inspection.", "Distribution:", "DIRECTOR");
        assertThat(fonts(pdf)).anyMatch(font -> font.endsWith("LiberationSerif"))
                .anyMatch(font -> font.endsWith("LiberationSerif-Bold")).noneMatch(font -> font.contains("DejaVu"));
        clock.stopAt(LocalDateTime.of(2026, 12, 5, 9, 0));
        assertThat(report.fileName(campaign, Locale.ENGLISH))
                .isEqualTo("Evaluation report " + name(campaign) + " (draft 05-12-2026).pdf");
        assertThat(report.fileName(campaign, Locale.forLanguageTag("vi")))
                .isEqualTo("Báo cáo đánh giá " + name(campaign) + " (dự thảo 05-12-2026).pdf");
    }

    @Test
    void onlyTheDirectorAndOperationsReadTheDraftNotTheUnitsNorTheAdmin() throws Exception {
        long campaign = evaluatedCampaign();

        assertThat(as("giamsat", () -> report.draft(campaign, Locale.ENGLISH))).isNotEmpty();
        for (String user : List.of("vietyen.truongphong", "vietyen.cskh1", "ttvt.tpbg", "admin")) {
            assertThatThrownBy(() -> as(user, () -> report.draft(campaign, Locale.ENGLISH))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private long evaluatedCampaign() throws Exception {
        return evaluatedCampaign(false);
    }

    /**
     * Three members: two of Việt Yên (one reached and accepted), one of Lạng Giang; when inspected, Việt Yên's
     * inspection submitted with one finding; moved on to evaluation.
     */
    private long evaluatedCampaign(boolean inspected) throws Exception {
        long campaign = ExecutionFixture.campaignInReadiness(jdbc, "Đánh giá",
                List.of(ExecutionFixture.BICH_DONG, ExecutionFixture.NENH, ExecutionFixture.VOI));
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, campaign);
            return null;
        });
        jdbc.update("UPDATE care_task SET state = 'COMPLETED', contacts = 1, last_outcome = 'REACHED_ACCEPTED', "
                + "satisfaction = 5 WHERE campaign_id = ? AND unit_id = ? ORDER BY id LIMIT 1", campaign,
                ExecutionFixture.VIET_YEN);
        jdbc.update("INSERT INTO care_contact (task_id, campaign_id, unit_id, customer_id, staff_id, staff_name, "
                + "contacted_at, channel, outcome) SELECT id, campaign_id, unit_id, customer_id, ?, 'Nguyễn Thị Lan', "
                + "'2026-12-01 02:00:00', 'CALL', 'REACHED_ACCEPTED' FROM care_task WHERE campaign_id = ? AND unit_id = ? "
                + "AND state = 'COMPLETED'", ExecutionFixture.VIET_YEN_CSKH1, campaign, ExecutionFixture.VIET_YEN);
        if (inspected) {
            jdbc.update("UPDATE campaign SET state = 'SUPERVISION' WHERE id = ?", campaign);
            stepSeven.submittedWithOneFinding(stepSeven.planned(campaign, ExecutionFixture.VIET_YEN));
        }
        jdbc.update("UPDATE campaign SET state = 'EVALUATION' WHERE id = ?", campaign);
        return campaign;
    }

    /** Customers / quota, contacted, reached and accepted of the unit, counted here. */
    private String figures(long campaign, long unit) {
        Map<String, Object> counts = jdbc.queryForMap("SELECT COUNT(*) AS members, s.quota, SUM(t.contacts > 0) AS contacted, "
                + "SUM(t.state = 'COMPLETED') AS reached, COUNT(t.last_outcome = 'REACHED_ACCEPTED' OR NULL) AS accepted "
                + "FROM care_task t JOIN campaign_share s ON s.campaign_id = t.campaign_id AND s.unit_id = t.unit_id "
                + "WHERE t.campaign_id = ? AND t.unit_id = ? GROUP BY s.quota", campaign, unit);
        return counts.get("members") + " / " + counts.get("quota") + " " + counts.get("contacted") + " "
                + counts.get("reached") + " "
                + counts.get("accepted");
    }

    private String name(long campaign) {
        return jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, campaign);
    }

    private static String text(byte[] pdf) throws IOException {
        return EvaluationReportTestText.of(pdf);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static List<String> fonts(byte[] bytes) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                }
            }
        }
        return fonts;
    }
}
