package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

class RosterReportTest extends PortalTest {

    @Autowired
    private RosterReport report;

    @Autowired
    private Clock clock;

    @Test
    void theDirectorsRosterSpellsVietnameseNamesWithAllTheirDiacritics() throws IOException {
        signIn("giamdoc");

        String text = textOf(report.renderPdf(PortalI18NProvider.VIETNAMESE));

        assertThat(text).contains("Danh sách tổ chức và nhân sự", "VNPT Bắc Giang", "Người in: Trần Thị Thu Hà",
                "Phòng bán hàng khu vực Lục Ngạn", "Trung tâm Viễn thông Sơn Động", "Cửa hàng giao dịch Đồi Ngô",
                "Trần Thị Thu Hà", "Hoàng Văn Thắng", "Tổng số nhân sự", "Trang 1 / ");
        assertThat(text).contains("Ngày in: " + VnFormats.dateTime(clock.instant()).substring(0, 10));
    }

    @Test
    void aDistrictSalesManagerPrintsOnlyTheirDepartmentAndItsStores() throws IOException {
        signIn("lucnam.truongphong");

        String text = textOf(report.renderPdf(PortalI18NProvider.VIETNAMESE));

        assertThat(text).contains("Phòng bán hàng khu vực Lục Nam", "Cửa hàng giao dịch Đồi Ngô",
                "Cửa hàng giao dịch Bắc Lũng", "Hoàng Văn Thắng");
        assertThat(text).doesNotContain("Lục Ngạn", "Trung tâm Kinh doanh VNPT-Bắc Giang", "Sơn Động");
    }

    @Test
    void theDejaVuSansFontsAreEmbeddedSoEveryReaderSeesTheSameLetters() throws IOException {
        signIn("giamdoc");

        try (PDDocument pdf = Loader.loadPDF(report.renderPdf(PortalI18NProvider.VIETNAMESE))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font).isInstanceOf(PDType0Font.class);
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("DejaVuSans-Bold"));
        }
    }

    @Test
    void anEnglishReaderGetsEnglishHeadingsAndTheSameProperNames() throws IOException {
        signIn("giamdoc");

        String text = textOf(report.renderPdf(PortalI18NProvider.ENGLISH));

        assertThat(text).contains("Organisation and staff roster", "Printed by: Trần Thị Thu Hà", "Unit code",
                "Unit name", "Managers", "Total staff", "Page 1 of ", "Phòng bán hàng khu vực Lục Ngạn");
        assertThat(text).doesNotContain("Danh sách tổ chức và nhân sự", "Tổng số nhân sự");
    }

    @Test
    void theFileNameKeepsItsDiacriticsAndCarriesTodaysDate() {
        signIn("lucnam.cskh1");
        String today = DateTimeFormatter.ofPattern("dd-MM-yyyy").format(clock.instant().atZone(VnFormats.ZONE));

        assertThat(report.fileName(PortalI18NProvider.VIETNAMESE))
                .isEqualTo("Danh sách tổ chức và nhân sự " + today + ".pdf");
        assertThat(report.fileName(PortalI18NProvider.ENGLISH))
                .isEqualTo("Organisation and staff roster " + today + ".pdf");
    }

    @Test
    void nobodyPrintsTheRosterWithoutSigningIn() {
        assertThatThrownBy(() -> report.renderPdf(PortalI18NProvider.VIETNAMESE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static String textOf(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
