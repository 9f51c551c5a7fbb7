package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.supervision.CallbackFixture;
import vn.vnpt.bacgiang.cskh.supervision.CallbackResult;
import vn.vnpt.bacgiang.cskh.supervision.CallbackSampleService;
import vn.vnpt.bacgiang.cskh.supervision.FindingFixture;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistItem;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistSection;
import vn.vnpt.bacgiang.cskh.supervision.InspectionAnswer;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPlan;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.InspectionSheet;
import vn.vnpt.bacgiang.cskh.supervision.PrintoutService;
import vn.vnpt.bacgiang.cskh.supervision.SampleRequest;
import vn.vnpt.bacgiang.cskh.supervision.SampledContact;
import vn.vnpt.bacgiang.cskh.supervision.Scorecard;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;
import vn.vnpt.bacgiang.cskh.supervision.Verdict;

/**
 * The inspection PDF read back as text: Lục Nam's submitted inspection as the demo has it (a knock-out,
 * photos, findings acknowledged and disputed, actions open, done and verified), in both languages, a
 * draft, and who may print. Rolled back.
 */
@Transactional
class InspectionReportTest extends PortalTest {

    @Autowired
    private InspectionReport report;
    @Autowired
    private PrintoutService printouts;
    @Autowired
    private InspectionService inspections;
    @Autowired
    private LucNamInspection lucNam;
    @Autowired
    private SupervisionFixture fixture;
    @Autowired
    private CallbackSampleService samples;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private FindingFixture findings;

    @Test
    void theSubmittedInspectionPrintsEveryAnswerPointAndScoreWithItsVietnameseExactly() throws IOException {
        long id = lucNam.submittedAndAnswered(this::signIn);
        signIn("giamsat");
        InspectionSheet sheet = inspections.sheet(id);

        String text = textOf(report.render(id, PortalI18NProvider.VIETNAMESE), "inspection-vi");

        assertThat(text).contains("PHIẾU KIỂM TRA GIÁM SÁT", "Phòng bán hàng khu vực Lục Nam", "Tri ân khách hàng MyTV",
                "Phạm Thị Hương", "Điểm", "ĐIỂM LIỆT – KHÔNG ĐẠT",
                "Điểm liệt: một nội dung không đạt – phiếu không đạt dù điểm bao nhiêu",
                "phiên bản " + sheet.template().getRevision(), "Đã nộp");
        for (ChecklistSection section : sheet.template().getSections()) {
            Scorecard.SectionScore score = sheet.scorecard().sections().stream()
                    .filter(s -> s.sectionId() == section.getId()).findFirst().orElseThrow();
            assertThat(text).contains(section.getTitle(), "Điểm phần: " + percent(score.percent()));
            for (ChecklistItem item : section.getItems()) {
                InspectionAnswer answer = sheet.answers().get(item.getId());
                assertThat(text).contains(item.getText());
                if (answer != null && answer.getValue() != null) {
                    assertThat(text).contains(shown(item, answer.getValue()));
                    Double share = Verdict.of(item, answer.getValue()).share();
                    if (share != null) {
                        assertThat(text).contains(VnFormats.number(share * item.getWeight()) + " / " + item.getWeight());
                    }
                }
                if (answer != null && answer.getComment() != null) {
                    assertThat(text).contains("Nhận xét: " + answer.getComment());
                }
            }
        }
        assertThat(text).contains(percent(sheet.scorecard().overall()), "Có", "Không", "2/5", "86",
                "ghi-chep-goi-lai.png", "nghe-lai-cuoc-goi.png");
    }

    @Test
    void findingsShowTheUnitsAnswerAndEachCorrectiveActionWithItsOwnerDueDateAndState() throws IOException {
        long id = lucNam.submittedAndAnswered(this::signIn);
        signIn("lucnam.truongphong");

        String text = textOf(report.render(id, PortalI18NProvider.VIETNAMESE), "inspection-manager");

        assertThat(text).contains("Phát hiện và khắc phục (4)", "Đơn vị khiếu nại", "Đơn vị đã xác nhận",
                "Đơn vị trả lời (Hoàng Văn Thắng): " + LucNamInspection.DISPUTE,
                "Khắc phục: " + LucNamInspection.BRIEFING, "Người thực hiện: Đỗ Thị Mai · Hạn: ",
                "Đang khắc phục", "Quá hạn", "Đã xác nhận hoàn thành", "Đã khắc phục, chờ kiểm tra",
                "Đã làm: " + LucNamInspection.LISTENED, "Giám sát nhận xét: " + LucNamInspection.CHECKED,
                "GIÁM SÁT VIÊN", "Nộp phiếu lúc ", "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "Đã trả lời 4/4 phát hiện, lần cuối lúc ",
                "Hoàng Văn Thắng", "(Ký, ghi rõ họ tên)", "Người in: Hoàng Văn Thắng", "Trang 1 / ");
        assertThat(text).doesNotContain("BẢN NHÁP");
    }

    @Test
    void anEnglishReaderGetsEnglishLabelsAroundTheSameVietnameseAnswers() throws IOException {
        long id = lucNam.submittedAndAnswered(this::signIn);
        signIn("giamdoc");

        String text = textOf(report.render(id, PortalI18NProvider.ENGLISH), "inspection-en");

        assertThat(text).contains("SUPERVISION INSPECTION REPORT", "Inspected unit", "Phòng bán hàng khu vực Lục Nam",
                "Score", "KNOCK-OUT – FAILED", "Section score: ", "Yes", "No", "2/5",
                "Findings and corrective actions (4)", "The unit's answer (Hoàng Văn Thắng): " + LucNamInspection.DISPUTE,
                "Owner: Đỗ Thị Mai", "Overdue", "SUPERVISOR", "FOR THE INSPECTED UNIT", "Page 1 of ");
        assertThat(text).doesNotContain("PHIẾU KIỂM TRA", "Điểm phần", "Trả lời");
    }

    @Test
    void aDraftIsPrintedMarkedAsADraftWithItsAnswersSoFar() throws IOException {
        signIn("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NGAN_SALES);
        fixture.answer(id, "pbh-giao-ds", "YES", null);
        fixture.answer(id, "pbh-nam-kich-ban", "2", "Ba nhân viên mới chưa được phổ biến kịch bản.");

        String text = textOf(report.render(id, PortalI18NProvider.VIETNAMESE), "inspection-draft");

        assertThat(text).contains("BẢN NHÁP", "phiếu chưa nộp", "Phòng bán hàng khu vực Lục Ngạn", "Đang kiểm tra",
                "Ba nhân viên mới chưa được phổ biến kịch bản.", "Chưa trả lời", "Chưa nộp phiếu");
        assertThat(text).doesNotContain("Phát hiện và khắc phục");
        assertThat(textOf(report.render(id, PortalI18NProvider.ENGLISH), "inspection-draft-en")).contains("DRAFT");
    }

    @Test
    void theCallbackSampleIsSummarisedWithItsResultsAndEachStaffMembersUnconfirmedShare() throws IOException {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        samples.draw(id, new SampleRequest(20, null, false));
        List<SampledContact> mai = samples.sheet(id).contacts().stream()
                .filter(contact -> contact.getStaffId() == CallbackFixture.MAI).toList();
        samples.record(Objects.requireNonNull(mai.get(0).getId()), mai.get(0).getVersion(),
                CallbackResult.NOT_CONFIRMED, null);
        samples.record(Objects.requireNonNull(mai.get(1).getId()), mai.get(1).getVersion(), CallbackResult.CONFIRMED,
                null);
        samples.record(Objects.requireNonNull(mai.get(2).getId()), mai.get(2).getVersion(),
                CallbackResult.NOT_REACHABLE, null);

        String text = textOf(report.render(id, PortalI18NProvider.VIETNAMESE), "inspection-sample");

        assertThat(text).contains("Mẫu gọi lại khách hàng", "20 trên 20 liên hệ (yêu cầu 20 liên hệ, không ưu tiên)",
                "Kết quả gọi lại: 1 khách xác nhận, 1 không xác nhận, 1 không liên lạc được, 17 chưa gọi.",
                "Đỗ Thị Mai: 1 không xác nhận / 2 khách trả lời (10 trong mẫu) – 50,0 % – Trên 20 %: cần lập phát hiện");
    }

    @Test
    void aCallbackFindingIsPrintedInTheReadersLanguage() throws IOException {
        signIn("giamsat");
        long id = findings.submittedWithCallbacks(3);

        assertThat(textOf(report.render(id, PortalI18NProvider.VIETNAMESE), "inspection-callback-vi"))
                .contains("Mẫu gọi lại: 3/5 liên hệ của Đỗ Thị Mai không được khách hàng xác nhận (60,0 %)");
        assertThat(textOf(report.render(id, PortalI18NProvider.ENGLISH), "inspection-callback-en"))
                .contains("Callback sample: 3 of 5 contacts of Đỗ Thị Mai not confirmed by the customer (60,0 %)")
                .doesNotContain("Mẫu gọi lại:");
    }

    @Test
    void anotherUnitsManagerAndCareStaffAreRefusedWhileTheUnitsManagerAndTheDirectorPrint() {
        long id = lucNam.submittedAndAnswered(this::signIn);

        signIn("lucngan.truongphong");
        assertThatThrownBy(() -> report.render(id, PortalI18NProvider.VIETNAMESE))
                .isInstanceOf(AccessDeniedException.class);
        signIn("lucnam.cskh1");
        assertThatThrownBy(() -> report.render(id, PortalI18NProvider.VIETNAMESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> printouts.mayPrint(id)).isInstanceOf(AccessDeniedException.class);
        signIn("lucnam.truongphong");
        assertThat(printouts.mayPrint(id)).isTrue();
        signIn("giamdoc");
        assertThat(printouts.mayPrint(id)).isTrue();
        signIn("kehoach");
        assertThat(printouts.mayPrint(id)).isTrue();
    }

    @Test
    void aTelecomCentersHeadPrintsItsInspectionButItsOtherStaffOnlyReadIt() {
        signIn("giamsat");
        long id = Objects.requireNonNull(inspections.plan(new InspectionPlan(SupervisionFixture.TTVT_TEMPLATE, null,
                30L, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3))).getId());

        signIn("ttvt.tpbg");
        assertThat(inspections.get(id).getUnitName()).contains("Trung tâm Viễn thông");
        assertThat(printouts.mayPrint(id)).isFalse();
        assertThatThrownBy(() -> report.render(id, PortalI18NProvider.VIETNAMESE))
                .isInstanceOf(AccessDeniedException.class);
        signIn("ttvt.tpbg.truongtt");
        assertThat(printouts.mayPrint(id)).isTrue();
        assertThat(report.render(id, PortalI18NProvider.VIETNAMESE)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theFileNameNamesTheUnitAndTheInspectionDate() {
        signIn("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);

        assertThat(report.fileName(id, PortalI18NProvider.VIETNAMESE))
                .isEqualTo("Phiếu kiểm tra Phòng bán hàng khu vực Lục Nam 03-12-2026.pdf");
        assertThat(report.fileName(id, PortalI18NProvider.ENGLISH))
                .isEqualTo("Inspection Phòng bán hàng khu vực Lục Nam 03-12-2026.pdf");
    }

    private static String shown(ChecklistItem item, String value) {
        return switch (item.getType()) {
            case YES_NO_NA -> switch (value) {
                case "YES" -> "Có";
                case "NO" -> "Không";
                default -> "Không áp dụng";
            };
            case SCORE_0_5 -> value + "/5";
            default -> value;
        };
    }

    private static String percent(Double value) {
        return VnFormats.decimal(value, 1) + " %";
    }

    /** The PDF's text with runs of white space made one space; the PDF is kept under target/ to look at. */
    static String textOf(byte[] pdf, String name) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path kept = Path.of("target", "reports", name + ".pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
