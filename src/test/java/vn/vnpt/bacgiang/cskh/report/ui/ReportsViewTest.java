package vn.vnpt.bacgiang.cskh.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.report.RosterReport;

class ReportsViewTest extends KaribuTest {

    @Autowired
    private RosterReport roster;

    @Test
    void theDirectorFindsADownloadLinkForTheRosterPdf() {
        login("giamdoc");
        navigate("reports");

        Anchor link = rosterLink();
        assertThat(link.getText()).isEqualTo("Tải PDF");
        assertThat(link.isDownload()).isTrue();
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(link.getHref()).isNotBlank();
        assertThat(link.getTarget()).isEmpty();
    }

    @Test
    void theLinkDownloadsAPdfUnderItsVietnameseFileName() throws IOException {
        login("giamdoc");
        navigate("reports");

        FakeResponse response = download(rosterLink());

        assertThat(response.getBuffer().toByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''Danh%20s%C3%A1ch%20t%E1%BB%95");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8))
                .isEqualTo(roster.fileName(vietnamese()))
                .startsWith("Danh sách tổ chức và nhân sự ");
    }

    @Test
    void anEnglishReaderDownloadsTheRosterUnderItsEnglishName() throws IOException {
        login("giamdoc");
        useEnglish();
        navigate("reports");

        Anchor link = rosterLink();
        assertThat(link.getText()).isEqualTo("Download PDF");
        assertThat(download(link).getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"Organisation and staff roster ").endsWith(".pdf\"");
    }

    @Test
    void careStaffFindTheReportsInTheSideNavigation() {
        login("lucnam.cskh1");

        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("Báo cáo");
        navigate("reports");
        assertThat(rosterLink().getText()).isEqualTo("Tải PDF");
    }

    private static Anchor rosterLink() {
        return _get(Anchor.class, spec -> spec.withId("roster-pdf"));
    }

    /** What the browser would get for a click: the link's handler answers a fresh response. */
    private static FakeResponse download(Anchor link) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = (StreamResourceRegistry.ElementStreamResource) session.getResourceRegistry()
                .getResource(URI.create(link.getHref())).orElseThrow();
        FakeResponse response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinServletRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinServletService.getCurrent()), session, resource.getOwner());
        return response;
    }
}
