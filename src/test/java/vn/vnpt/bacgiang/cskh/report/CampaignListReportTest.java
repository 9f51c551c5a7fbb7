package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.report.CampaignListReport.CampaignResult;

/**
 * The campaign list of a period: a campaign executed by Việt Yên (two customers, one reached and accepted) and
 * Lạng Giang (one, not contacted), and one still in readiness. Rolled back.
 */
@Transactional
class CampaignListReportTest extends PortalTest {

    @Autowired
    private CampaignListReport report;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyCampaignOfThePeriodShowsItsStepAndTheFiguresTheDatabaseCounts() throws Exception {
        long executed = executedCampaign();
        long ready = ExecutionFixture.campaignInReadiness(jdbc, "Chưa thực hiện", List.of(ExecutionFixture.NENH));
        LocalDate from = start(executed);
        LocalDate to = from.plusDays(30);

        List<CampaignResult> results = as("giamdoc", () -> report.campaigns(from, to));
        byte[] pdf = as("giamdoc", () -> report.renderPdf(from, to, PortalI18NProvider.VIETNAMESE));

        CampaignResult row = result(results, executed);
        assertThat(row.total()).isNotNull();
        assertThat(row.total().quota()).isEqualTo(count("SELECT SUM(quota) FROM campaign_share WHERE campaign_id = ?",
                executed)).isEqualTo(3);
        assertThat(row.total().figures().contacted()).isEqualTo(tasks(executed, "contacts > 0"));
        assertThat(row.total().figures().reached()).isEqualTo(tasks(executed, "state = 'COMPLETED'")).isEqualTo(1);
        assertThat(row.total().figures().accepted()).isEqualTo(tasks(executed, "last_outcome = 'REACHED_ACCEPTED'"));
        assertThat(result(results, ready).total()).isNull();
        assertThat(results).extracting(result -> result.campaign().getPeriodStart())
                .isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        String text = InspectionReportTest.textOf(pdf, "campaign-list-vi");
        assertThat(text).contains("DANH SÁCH CHƯƠNG TRÌNH CHĂM SÓC KHÁCH HÀNG",
                "Các chương trình có thời gian thực hiện trong khoảng " + VnFormats.date(from) + " – "
                        + VnFormats.date(to), "Phạm vi: toàn tỉnh", "Người in: Trần Thị Thu Hà",
                "Tổng số: " + results.size() + " chương trình", "Trang 1 / ",
                name(executed) + " 6. Thực hiện " + VnFormats.date(from) + " – " + VnFormats.date(from.plusDays(30))
                        + " 3 1 1 33,3 1 100,0 5,00",
                name(ready) + " 5. Điều kiện thực hiện " + VnFormats.date(start(ready)) + " – "
                        + VnFormats.date(start(ready).plusDays(30)) + " – – – – – – –");
    }

    @Test
    void aSalesManagerSeesTheirOwnUnitsShareOfEachCampaign() throws Exception {
        long executed = executedCampaign();
        LocalDate from = start(executed);

        CampaignResult row = result(as("vietyen.truongphong", () -> report.campaigns(from, from.plusDays(30))), executed);
        String text = InspectionReportTest.textOf(as("vietyen.truongphong",
                () -> report.renderPdf(from, from.plusDays(30), PortalI18NProvider.VIETNAMESE)), "campaign-list-unit");

        assertThat(row.total().quota()).isEqualTo(count("SELECT quota FROM campaign_share WHERE campaign_id = ? "
                + "AND unit_id = " + ExecutionFixture.VIET_YEN, executed)).isEqualTo(2);
        assertThat(row.total().figures().tasks()).isEqualTo(count("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? "
                + "AND unit_id = " + ExecutionFixture.VIET_YEN, executed));
        assertThat(text).contains("Phạm vi: Phòng bán hàng khu vực Việt Yên", name(executed) + " 6. Thực hiện ")
                .doesNotContain("Phạm vi: toàn tỉnh");
        assertThat(as("langgiang.truongphong", () -> report.campaigns(from, from.plusDays(30)))
                .stream().filter(result -> result.campaign().getId() == executed).findFirst().orElseThrow()
                .total().quota()).isEqualTo(1);
    }

    @Test
    void aPeriodMustHaveBothDaysInOrderAndAtMostAYear() {
        LocalDate day = LocalDate.of(2026, 11, 1);

        assertThatThrownBy(() -> as("giamdoc", () -> report.campaigns(day, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("report.campaignList.periodRequired");
        assertThatThrownBy(() -> as("giamdoc", () -> report.campaigns(day, day.minusDays(1))))
                .isInstanceOf(RuleViolation.class).hasMessage("report.campaignList.periodReversed");
        assertThatThrownBy(() -> as("giamdoc", () -> report.renderPdf(day, day.plusDays(367),
                PortalI18NProvider.VIETNAMESE)))
                .isInstanceOf(RuleViolation.class).hasMessage("report.campaignList.periodTooLong");
        assertThat(CampaignListReport.periodProblem(day, day.plusDays(366))).isNull();
    }

    @Test
    void anEnglishReaderGetsEnglishHeadingsAndAFileNameWithThePeriod() throws Exception {
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);

        String text = EvaluationReportTestText.of(as("kehoach", () -> report.renderPdf(from, to,
                PortalI18NProvider.ENGLISH)));

        assertThat(text).contains("CUSTOMER CARE CAMPAIGNS", "Campaigns running between 01/11/2026 and 30/11/2026",
                "Scope: the whole province", "Current step", "Reached / quota (%)", "Page 1 of ");
        assertThat(as("kehoach", () -> report.fileName(from, to, PortalI18NProvider.VIETNAMESE)))
                .isEqualTo("Danh sách chương trình CSKH 01-11-2026 đến 30-11-2026.pdf");
        assertThat(as("kehoach", () -> report.fileName(from, to, PortalI18NProvider.ENGLISH)))
                .isEqualTo("Customer care campaigns 01-11-2026 to 30-11-2026.pdf");
    }

    @Test
    void careStaffAndTtvtStaffCannotPrintTheList() {
        LocalDate day = LocalDate.of(2026, 11, 1);

        assertThatThrownBy(() -> as("vietyen.cskh1", () -> report.campaigns(day, day)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ttvt.tpbg", () -> report.renderPdf(day, day, PortalI18NProvider.VIETNAMESE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long executedCampaign() throws Exception {
        return as("giamdoc", () -> ExecutedCampaign.of(jdbc, campaigns, "Danh sách"));
    }

    private static CampaignResult result(List<CampaignResult> results, long campaign) {
        return results.stream().filter(result -> result.campaign().getId() == campaign).findFirst().orElseThrow();
    }

    private LocalDate start(long campaign) {
        return jdbc.queryForObject("SELECT period_start FROM campaign WHERE id = ?", LocalDate.class, campaign);
    }

    private String name(long campaign) {
        return jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, campaign);
    }

    private long tasks(long campaign, String condition) {
        return count("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND " + condition, campaign);
    }

    private long count(String sql, long campaign) {
        return jdbc.queryForObject(sql, Long.class, campaign);
    }
}
