package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.settlement.SettlementFixture;

/** Closing a campaign issues its report, stored byte for byte; a correction is the next edition. Rolled back. */
@Transactional
class IssuedReportsTest extends PortalTest {

    private static final long LUC_NAM = 11;

    @Autowired
    private IssuedReports issued;
    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void closingIssuesTheNextNumberOfTheYearAndEveryDownloadIsTheStoredCopyByteForByte() throws Exception {
        long campaign = submitted("Phát hành");
        int before = jdbc.queryForObject("SELECT COALESCE(MAX(number), 0) FROM issued_report", Integer.class);

        close(campaign);

        List<IssuedReport> copies = as("kehoach", () -> issued.of(campaign));
        assertThat(copies).hasSize(1);
        IssuedReport copy = copies.getFirst();
        assertThat(copy.getNumber()).isEqualTo(before + 1);
        assertThat(copy.getEdition()).isEqualTo(1);
        byte[] first = as("giamsat", () -> issued.pdf(copy.getId()));
        assertThat(ReportIssuing.sha256(first)).isEqualTo(copy.getPdfSha256());
        assertThat(as("giamdoc", () -> issued.pdf(copy.getId()))).isEqualTo(first);
        InspectionReportTest.textOf(first, "evaluation-issued");
        String text = EvaluationReportTestText.of(first);
        assertThat(text).doesNotContain("DỰ THẢO").contains("Số: " + copy.getNumber() + "/BC-TTKD",
                "Đạt mục tiêu đề ra.", "Mã kiểm tra số liệu (SHA-256): " + copy.getFiguresSha256());
        // a campaign without executing units has nothing left to settle: its total budget carries no star
        assertThat(text).contains("Tổng cộng 0 / 0 0 0 0 – – 0 / 0 ").doesNotContain("0 / 0*");
        String figures = jdbc.queryForObject("SELECT figures FROM issued_report WHERE id = ?", String.class, copy.getId());
        assertThat(ReportIssuing.sha256(figures.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(copy.getFiguresSha256());
        assertThat(figures).contains("\"conclusions\":\"Đạt mục tiêu đề ra.\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'IssuedReport' "
                + "AND entity_id = ? AND action = 'CREATE'", Integer.class, String.valueOf(copy.getId()))).isEqualTo(1);
    }

    @Test
    void aCorrectionIsTheNextEditionOfTheSameNumberAndKeepsTheEarlierCopyUnchanged() throws Exception {
        long campaign = submitted("Đính chính");
        close(campaign);
        IssuedReport first = as("giamdoc", () -> issued.of(campaign)).getFirst();
        byte[] firstBytes = as("giamdoc", () -> issued.pdf(first.getId()));

        IssuedReport second = as("giamdoc", () -> issued.correct(campaign, "Cập nhật số liệu quyết toán"));

        assertThat(second.getNumber()).isEqualTo(first.getNumber());
        assertThat(second.getEdition()).isEqualTo(2);
        assertThat(second.getCorrectionReason()).isEqualTo("Cập nhật số liệu quyết toán");
        List<IssuedReport> copies = as("giamdoc", () -> issued.of(campaign));
        assertThat(copies).extracting(IssuedReport::getEdition).containsExactly(2, 1);
        assertThat(copies.get(1).isSuperseded()).isTrue();
        assertThat(copies.getFirst().isSuperseded()).isFalse();
        assertThat(as("giamdoc", () -> issued.pdf(first.getId()))).isEqualTo(firstBytes);
        assertThat(EvaluationReportTestText.of(as("giamdoc", () -> issued.pdf(second.getId()))))
                .contains("bản phát hành lần 2");
    }

    @Test
    void anEnglishTranslationSaysWhatTheIssuedCopySaysFromTheFiguresStoredWithIt() throws Exception {
        long campaign = submitted("Bản dịch");
        close(campaign);
        IssuedReport copy = as("giamdoc", () -> issued.of(campaign)).getFirst();
        jdbc.update("UPDATE evaluation SET conclusions = 'Viết lại sau khi phát hành.' WHERE campaign_id = ?", campaign);

        byte[] english = as("kehoach", () -> issued.english(copy.getId()));

        InspectionReportTest.textOf(english, "evaluation-issued-en");
        assertThat(EvaluationReportTestText.of(english)).contains("SOCIALIST REPUBLIC OF VIET NAM",
                "No.: " + copy.getNumber() + "/BC-TTKD", "Đạt mục tiêu đề ra.",
                "English translation of no. " + copy.getNumber() + "/BC-TTKD, edition 1",
                "the Vietnamese copy prevails.", copy.getFiguresSha256())
                .doesNotContain("Viết lại sau khi phát hành.", "DRAFT");
        String name = jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, campaign);
        String day = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")
                .format(copy.getCutOff().atZone(vn.vnpt.bacgiang.cskh.base.i18n.VnFormats.ZONE));
        assertThat(as("kehoach", () -> issued.englishFileName(copy.getId()))).isEqualTo("Evaluation report no. "
                + copy.getNumber() + "-BC-TTKD edition 1 " + name + " (" + day + ", English translation).pdf");
        assertThat(as("kehoach", () -> issued.fileName(copy.getId(), java.util.Locale.forLanguageTag("vi")))).isEqualTo(
                "Báo cáo đánh giá số " + copy.getNumber() + "-BC-TTKD lần 1 " + name + " (" + day + ").pdf");
    }

    @Test
    void aCorrectionNeedsAReasonAClosedCampaignAndTheDirector() throws Exception {
        long campaign = submitted("Đính chính sai");
        assertThatThrownBy(() -> as("giamdoc", () -> issued.correct(campaign, "Sớm")))
                .isInstanceOf(RuleViolation.class).hasMessage("report.evaluation.correct.notClosed");
        close(campaign);

        assertThatThrownBy(() -> as("giamdoc", () -> issued.correct(campaign, "  ")))
                .isInstanceOf(RuleViolation.class).hasMessage("report.evaluation.correct.reasonRequired");
        assertThatThrownBy(() -> as("giamdoc", () -> issued.correct(campaign, "x".repeat(IssuedReports.MAX_REASON + 1))))
                .isInstanceOf(RuleViolation.class).hasMessage("report.evaluation.correct.reasonTooLong");
        assertThat(as("giamdoc", () -> issued.of(campaign))).hasSize(1);
    }

    private long submitted(String name) throws Exception {
        long campaign = CampaignFixture.inState(jdbc, name, CampaignState.EVALUATION, LUC_NAM);
        SettlementFixture.settledInFull(jdbc, campaign);
        as("kehoach", () -> evaluations.submit(campaign, null, "Đạt mục tiêu đề ra.", null));
        return campaign;
    }

    private void close(long campaign) throws Exception {
        as("giamdoc", () -> campaigns.move(campaign, campaigns.get(campaign).getVersion(), CampaignState.CLOSED, null));
    }
}
