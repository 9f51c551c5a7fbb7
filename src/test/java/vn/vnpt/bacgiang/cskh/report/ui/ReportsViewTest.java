package vn.vnpt.bacgiang.cskh.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.report.EvaluationService;
import vn.vnpt.bacgiang.cskh.report.IssuedReport;
import vn.vnpt.bacgiang.cskh.report.IssuedReports;
import vn.vnpt.bacgiang.cskh.report.RosterReport;
import vn.vnpt.bacgiang.cskh.settlement.SettlementFixture;

class ReportsViewTest extends KaribuTest {

    private static final long LUC_NAM = 11;

    @Autowired
    private RosterReport roster;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private IssuedReports issued;

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

    @Test
    void careStaffFindOnlyTheRosterAndNoCampaignListOrIssuedReports() {
        login("lucnam.cskh1");
        navigate("reports");

        _get(Anchor.class, spec -> spec.withId("roster-pdf"));
        _assertNone(Anchor.class, spec -> spec.withId("campaign-list-pdf"));
        _assertNone(H3.class, spec -> spec.withText("Báo cáo đánh giá đã phát hành"));
    }

    @Test
    void theDirectorDownloadsThisMonthsCampaignListUnderItsName() throws IOException {
        login("giamdoc");
        navigate("reports");
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));

        assertThat(_get(campaignListCard(), DatePicker.class, spec -> spec.withLabel("Từ ngày")).getValue())
                .isEqualTo(today.withDayOfMonth(1));
        assertThat(_get(campaignListCard(), DatePicker.class, spec -> spec.withLabel("Đến ngày")).getValue())
                .isEqualTo(today.with(TemporalAdjusters.lastDayOfMonth()));
        FakeResponse response = download(_get(Anchor.class, spec -> spec.withId("campaign-list-pdf")));

        assertThat(response.getBuffer().toByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        String disposition = response.getHeader("Content-Disposition");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        DateTimeFormatter file = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Danh sách chương trình CSKH "
                + file.format(today.withDayOfMonth(1)) + " đến " + file.format(today.with(TemporalAdjusters.lastDayOfMonth()))
                + ".pdf");
    }

    @Test
    void aPeriodEndingBeforeItStartsSaysWhyAndOffersNoDownloadUntilItIsMended() {
        login("vietyen.truongphong");
        navigate("reports");
        DatePicker from = _get(campaignListCard(), DatePicker.class, spec -> spec.withLabel("Từ ngày"));
        DatePicker to = _get(campaignListCard(), DatePicker.class, spec -> spec.withLabel("Đến ngày"));

        _setValue(to, from.getValue().minusDays(1));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Ngày kết thúc phải sau ngày bắt đầu.");
        Anchor link = _get(campaignListCard(), Anchor.class, spec -> spec.withId("campaign-list-pdf"));
        assertThat(link.isEnabled()).isFalse();
        assertThat(link.getElement().hasAttribute("href")).isFalse();

        _setValue(to, from.getValue().plusDays(400));
        assertThat(to.getErrorMessage()).isEqualTo("Kỳ báo cáo dài tối đa 366 ngày; hãy chia thành nhiều kỳ.");

        _setValue(to, from.getValue().plusDays(10));
        assertThat(to.isInvalid()).isFalse();
        assertThat(link.isEnabled()).isTrue();
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    @Transactional
    void theSupervisorFindsEveryIssuedReportWithItsNumberAndDownloadsTheStoredCopy() throws Exception {
        long campaign = CampaignFixture.inState(jdbc, "Phát hành để tra cứu", CampaignState.EVALUATION, LUC_NAM);
        SettlementFixture.settledInFull(jdbc, campaign);
        as("kehoach", () -> evaluations.submit(campaign, null, "Đạt mục tiêu.", null));
        as("giamdoc", () -> campaigns.move(campaign, campaigns.get(campaign).getVersion(), CampaignState.CLOSED, null));
        IssuedReport copy = as("giamdoc", () -> issued.of(campaign)).getFirst();

        login("giamsat");
        navigate("reports");

        _get(H3.class, spec -> spec.withText("Báo cáo đánh giá đã phát hành"));
        Anchor link = _get(Anchor.class, spec -> spec.withId("issued-report-" + copy.getId()));
        Div line = (Div) link.getParent().orElseThrow();
        assertThat(line.getChildren().filter(Span.class::isInstance).map(child -> ((Span) child).getText()))
                .contains("Số " + copy.getNumber() + "/BC-TTKD (" + copy.getIssueYear() + "), lần 1");
        assertThat(line.getChildren().filter(Anchor.class::isInstance).map(child -> ((Anchor) child).getText()))
                .contains(jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, campaign));
        assertThat(download(link).getBuffer().toByteArray()).isEqualTo(as("giamsat", () -> issued.pdf(copy.getId())));
        FakeResponse english = download(_get(Anchor.class, spec -> spec.withId("issued-report-english-" + copy.getId())));
        assertThat(english.getBuffer().toByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(english.getHeader("Content-Disposition")).contains(
                "filename*=UTF-8''Evaluation%20report%20no.%20" + copy.getNumber(), "English%20translation%29.pdf");
    }

    @Test
    void aSalesManagerFindsTheirOwnUnitChosenAndDownloadsItsResults() throws IOException {
        login("vietyen.truongphong");
        navigate("reports");
        Div card = _get(Div.class, spec -> spec.withClasses("unit-result-card"));

        ComboBox<Unit> unit = _get(card, ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        assertThat(unit.getValue().getName()).isEqualTo("Phòng bán hàng khu vực Việt Yên");
        assertThat(unit.isReadOnly()).as("their own unit is the only choice").isTrue();
        FakeResponse response = download(_get(card, Anchor.class, spec -> spec.withId("unit-result-pdf")));

        assertThat(response.getBuffer().toByteArray()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        String disposition = response.getHeader("Content-Disposition");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17),
                StandardCharsets.UTF_8)).startsWith("Báo cáo kết quả Phòng bán hàng khu vực Việt Yên ");

        login("giamdoc");
        navigate("reports");
        card = _get(Div.class, spec -> spec.withClasses("unit-result-card"));
        unit = _get(card, ComboBox.class, spec -> spec.withLabel("Đơn vị"));
        assertThat(unit.isReadOnly()).isFalse();
        _setValue(unit, null);
        assertThat(_get(card, Anchor.class, spec -> spec.withId("unit-result-pdf")).isEnabled()).isFalse();
    }

    private static Div campaignListCard() {
        return _get(Div.class, spec -> spec.withClasses("campaign-list-card"));
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
