package vn.vnpt.bacgiang.cskh.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.supervision.FindingFixture;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPlan;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;

/** The inspection page's PDF download, as the browser would fetch it. Rolled back. */
@Transactional
class InspectionPdfViewTest extends KaribuTest {

    @Autowired
    private FindingFixture findings;
    @Autowired
    private SupervisionFixture fixture;
    @Autowired
    private InspectionService inspections;

    @Test
    void theSupervisorDownloadsTheSubmittedInspectionAsAPdfUnderItsVietnameseName() throws IOException {
        login("giamsat");
        long id = findings.submittedWithFindings();
        navigate("supervision/inspection/" + id);

        Anchor link = pdfLink();
        assertThat(link.getText()).isEqualTo("Tải PDF");
        assertThat(link.isDownload()).isTrue();
        FakeResponse response = download(link);

        byte[] pdf = response.getBuffer().toByteArray();
        assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String disposition = response.getHeader("Content-Disposition");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8))
                .isEqualTo("Phiếu kiểm tra Phòng bán hàng khu vực Lục Nam 03-12-2026.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("PHIẾU KIỂM TRA GIÁM SÁT", FindingFixture.CALLBACKS);
        }
    }

    @Test
    void aDraftOffersItsPdfTooMarkedAsADraft() throws IOException {
        login("giamsat");
        long id = fixture.salesInspection(SupervisionFixture.LUC_NGAN_SALES);
        fixture.answer(id, "pbh-giao-ds", "YES", null);
        navigate("supervision/inspection/" + id);

        try (PDDocument document = Loader.loadPDF(download(pdfLink()).getBuffer().toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("BẢN NHÁP");
        }
    }

    @Test
    void aTelecomCentersStaffReadTheirInspectionWithoutTheDownloadWhichOnlyItsHeadGets() {
        login("giamsat");
        long id = Objects.requireNonNull(inspections.plan(new InspectionPlan(SupervisionFixture.TTVT_TEMPLATE, null,
                30L, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3))).getId());

        login("ttvt.tpbg");
        navigate("supervision/inspection/" + id);
        _assertNone(Anchor.class, spec -> spec.withId("inspection-pdf"));
        login("ttvt.tpbg.truongtt");
        navigate("supervision/inspection/" + id);
        assertThat(pdfLink().getText()).isEqualTo("Tải PDF");
    }

    private static Anchor pdfLink() {
        return _get(Anchor.class, spec -> spec.withId("inspection-pdf"));
    }

    /** What the browser would get for a click: the link's handler answers a fresh response. */
    private static FakeResponse download(Anchor link) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = (StreamResourceRegistry.ElementStreamResource) session.getResourceRegistry()
                .getResource(URI.create(link.getHref())).orElseThrow();
        FakeResponse response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinServletRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinServletService.getCurrent()), session,
                resource.getOwner());
        return response;
    }
}
