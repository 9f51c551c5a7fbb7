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
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;
import vn.vnpt.bacgiang.cskh.handoff.HandoffDraft;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffPriority;
import vn.vnpt.bacgiang.cskh.handoff.HandoffType;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverSla;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.supervision.StepSevenFixture;

/**
 * The unit result report of Việt Yên over a campaign it executed with Lạng Giang (Việt Yên reached one of its two
 * customers, Lạng Giang none of its one), inspected once, and a hand-off its care staff raised. Rolled back.
 */
@Transactional
class UnitResultReportTest extends PortalTest {

    @Autowired
    private UnitResultReport report;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private StepSevenFixture stepSeven;
    @Autowired
    private HandoffFixture handoffFixture;

    @Test
    void theUnitsShareItsPlaceItsInspectionsAndItsHandOffsAreWhatTheDatabaseHolds() throws Exception {
        long campaign = executedCampaign();
        jdbc.update("UPDATE campaign SET state = 'SUPERVISION' WHERE id = ?", campaign);
        stepSeven.submittedWithOneFinding(stepSeven.planned(campaign, ExecutionFixture.VIET_YEN));
        WorklistRow task = handoffFixture.careTask("Kết quả đơn vị chuyển xử lý");
        handoffFixture.raise("vietyen.cskh1", new HandoffDraft(task.customerId(), null, task.campaignId(),
                task.taskId(), null, HandoffType.REPAIR, HandoffPriority.NORMAL, HandoffFixture.TTVT_YEN_DUNG,
                "Kiểm tra đường dây", List.of()));
        LocalDate from = start(campaign);
        LocalDate to = from.plusDays(30);

        UnitResult result = as("giamdoc", () -> report.result(ExecutionFixture.VIET_YEN, from, to));
        String text = InspectionReportTest.textOf(as("giamdoc", () -> report.renderPdf(ExecutionFixture.VIET_YEN,
                from, to, PortalI18NProvider.VIETNAMESE)), "unit-result-vi");

        UnitResult.CampaignLine line = result.campaigns().stream()
                .filter(candidate -> candidate.campaign().getId() == campaign).findFirst().orElseThrow();
        assertThat(line.share().quota()).isEqualTo(2);
        assertThat(line.share().figures().reached()).isEqualTo(count("SELECT COUNT(*) FROM care_task WHERE "
                + "campaign_id = ? AND unit_id = 17 AND state = 'COMPLETED'", campaign)).isEqualTo(1);
        assertThat(line.rank()).isEqualTo(new vn.vnpt.bacgiang.cskh.execution.UnitRanking.Rank(1, 2));
        assertThat(result.inspections()).singleElement().satisfies(inspection -> {
            assertThat(inspection.campaignName()).isEqualTo(name(campaign));
            assertThat(inspection.inspection().findings()).isEqualTo(count("SELECT COUNT(*) FROM finding f JOIN "
                    + "inspection i ON i.id = f.inspection_id WHERE i.campaign_id = ? AND i.unit_id = 17", campaign));
        });
        String receiver = jdbc.queryForObject("SELECT name FROM unit WHERE id = ?", String.class,
                HandoffFixture.TTVT_YEN_DUNG);
        ReceiverSla sla = result.handoffs().stream().filter(row -> row.unitId() == HandoffFixture.TTVT_YEN_DUNG)
                .findFirst().orElseThrow();
        assertThat(sla.received()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM handoff h JOIN unit u ON "
                + "u.id = 17 WHERE h.requester_unit_path LIKE CONCAT(u.path, '%') AND h.receiver_unit_id = ? AND "
                + "h.sent_at >= ? AND h.sent_at < ?", Long.class, HandoffFixture.TTVT_YEN_DUNG,
                from.atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                to.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant())).isPositive();
        assertThat(text).contains("BÁO CÁO KẾT QUẢ ĐƠN VỊ", "Phòng bán hàng khu vực Việt Yên",
                "I. KẾT QUẢ THỰC HIỆN CÁC CHƯƠNG TRÌNH", name(campaign), " 2 1 1 50,0 1 100,0 5,00 / 4,0 1 / 2 ", "II. KIỂM TRA, GIÁM SÁT", "III. YÊU CẦU ĐƠN VỊ ĐÃ CHUYỂN XỬ LÝ",
                receiver + " " + sla.received(), "Người in: Trần Thị Thu Hà", "Trang 1 / ");
    }

    @Test
    void aSalesManagerReportsOnTheirOwnUnitAndLearnsItsPlaceButNotAnotherUnits() throws Exception {
        long campaign = executedCampaign();
        LocalDate from = start(campaign);

        assertThat(as("vietyen.truongphong", () -> report.units())).extracting(Unit::getName)
                .containsExactly("Phòng bán hàng khu vực Việt Yên");
        UnitResult own = as("langgiang.truongphong", () -> report.result(ExecutionFixture.LANG_GIANG, from,
                from.plusDays(30)));
        assertThat(own.campaigns()).filteredOn(line -> line.campaign().getId() == campaign).singleElement()
                .satisfies(line -> {
                    assertThat(line.rank()).isEqualTo(new vn.vnpt.bacgiang.cskh.execution.UnitRanking.Rank(2, 2));
                    assertThat(line.share().quota()).isEqualTo(1);
                });
        assertThatThrownBy(() -> as("vietyen.truongphong", () -> report.result(ExecutionFixture.LANG_GIANG, from,
                from.plusDays(30)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("vietyen.truongphong", () -> report.renderPdf(ExecutionFixture.LANG_GIANG, from,
                from.plusDays(30), PortalI18NProvider.VIETNAMESE))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCentreChoosesAmongEveryExecutingUnitAndEmptySectionsSaySo() throws Exception {
        LocalDate day = LocalDate.of(2020, 1, 1);

        List<Unit> units = as("kehoach", () -> report.units());
        String text = EvaluationReportTestText.of(as("kehoach", () -> report.renderPdf(ExecutionFixture.VIET_YEN, day,
                day.plusDays(30), PortalI18NProvider.ENGLISH)));

        assertThat(units).extracting(Unit::getId).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "SELECT id FROM unit WHERE active AND kind IN ('DISTRICT_SALES', 'ENTERPRISE_SALES')", Long.class));
        assertThat(text).contains("UNIT RESULT REPORT", "The unit carried out no campaign in the period.",
                "The unit was not inspected in the period's campaigns.", "The unit handed off no request in the period.");
        assertThat(as("kehoach", () -> report.fileName(ExecutionFixture.VIET_YEN, day, day.plusDays(30),
                PortalI18NProvider.VIETNAMESE)))
                .isEqualTo("Báo cáo kết quả Phòng bán hàng khu vực Việt Yên 01-01-2020 đến 31-01-2020.pdf");
    }

    @Test
    void aReversedPeriodIsRefusedAndCareStaffCannotReadTheReport() {
        LocalDate day = LocalDate.of(2026, 11, 1);

        assertThatThrownBy(() -> as("giamdoc", () -> report.result(ExecutionFixture.VIET_YEN, day, day.minusDays(1))))
                .isInstanceOf(RuleViolation.class).hasMessage("report.campaignList.periodReversed");
        assertThatThrownBy(() -> as("vietyen.cskh1", () -> report.result(ExecutionFixture.VIET_YEN, day, day)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long executedCampaign() throws Exception {
        return as("giamdoc", () -> ExecutedCampaign.of(jdbc, campaigns, "Kết quả đơn vị"));
    }

    private LocalDate start(long campaign) {
        return jdbc.queryForObject("SELECT period_start FROM campaign WHERE id = ?", LocalDate.class, campaign);
    }

    private String name(long campaign) {
        return jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, campaign);
    }

    private long count(String sql, long campaign) {
        return jdbc.queryForObject(sql, Long.class, campaign);
    }
}
