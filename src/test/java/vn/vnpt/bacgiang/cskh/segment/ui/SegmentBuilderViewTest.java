package vn.vnpt.bacgiang.cskh.segment.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.segment.Criterion;
import vn.vnpt.bacgiang.cskh.segment.CriterionType;
import vn.vnpt.bacgiang.cskh.segment.Segment;
import vn.vnpt.bacgiang.cskh.segment.SegmentFixture;
import vn.vnpt.bacgiang.cskh.segment.SegmentMember;
import vn.vnpt.bacgiang.cskh.segment.SegmentPreset;

/** Counts here are on the fixture's two districts, Sơn Động and Yên Thế. */
class SegmentBuilderViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @BeforeEach
    void loadFixture() {
        SegmentFixture.ensureLoaded(jdbc, LocalDate.now(clock));
    }

    @Test
    void aPlannerBuildsASegmentAndSeesTheCountsUpdateOnEveryChange() {
        login("kehoach");
        navigate("segments/new");

        addCriterion(CriterionType.DISTRICTS);
        _setValue(choice(CriterionType.DISTRICTS), EnumSet.of(District.SDG, District.YTE));
        assertThat(total()).isEqualTo("24");
        assertThat(bars()).containsExactlyInAnyOrder("Sơn Động 12", "Yên Thế 12");

        addCriterion(CriterionType.VIP_TIERS);
        _setValue(choice(CriterionType.VIP_TIERS), EnumSet.of(vn.vnpt.bacgiang.cskh.customer.VipTier.DIAMOND));
        assertThat(total()).isEqualTo("2");
        assertThat(bars()).containsExactlyInAnyOrder("Sơn Động 1", "Yên Thế 1");
    }

    @Test
    void aPresetFillsTheCriteriaAndAnotherCriterionNarrowsIt() {
        login("kehoach");
        navigate("segments/new");

        @SuppressWarnings("unchecked")
        Select<SegmentPreset> presets = _get(Select.class, spec -> spec.withLabel("Mẫu có sẵn"));
        _setValue(presets, SegmentPreset.VIP);
        addCriterion(CriterionType.DISTRICTS);
        _setValue(choice(CriterionType.DISTRICTS), EnumSet.of(District.SDG, District.YTE));

        assertThat(total()).isEqualTo("7");
        assertThat(bars()).containsExactly("Sơn Động 4", "Yên Thế 3");
    }

    @Test
    void theBirthdayCriterionOffersThisMonthAndTheComingDaysAsWellAsFixedDays() {
        login("kehoach");
        navigate("segments/new");
        @SuppressWarnings("unchecked")
        Select<SegmentPreset> presets = _get(Select.class, spec -> spec.withLabel("Mẫu có sẵn"));
        _setValue(presets, SegmentPreset.BIRTHDAYS_THIS_MONTH);
        addCriterion(CriterionType.DISTRICTS);
        _setValue(choice(CriterionType.DISTRICTS), EnumSet.of(District.SDG, District.YTE));

        Component birthday = _get(CriterionEditor.class, spec -> spec.withClasses("segment-criterion-birthday"));
        @SuppressWarnings("unchecked")
        Select<Criterion.Birthday.Period> period = _get(birthday, Select.class, spec -> spec.withLabel("Khoảng"));
        assertThat(period.getValue()).isEqualTo(Criterion.Birthday.Period.THIS_MONTH);
        assertThat(period.getListDataView().getItems().map(period.getItemLabelGenerator()).toList())
                .containsExactly("Từ ngày đến ngày", "Trong tháng (tháng lúc đếm)", "Trong những ngày tới");
        _assertNone(birthday, TextField.class, spec -> spec.withLabel("Từ"));
        long bornThisMonth = SegmentFixture.BIRTHDAYS_ON_DAYS_OF_THIS_MONTH + SegmentFixture.FIXED_BIRTHDAYS.stream()
                .filter(day -> day.getMonth() == LocalDate.now(clock).getMonth()).count();
        assertThat(total()).isEqualTo(String.valueOf(bornThisMonth));

        _setValue(period, Criterion.Birthday.Period.NEXT_DAYS);
        _setValue(_get(birthday, IntegerField.class, spec -> spec.withLabel("Số ngày tới")), 365);
        assertThat(total()).isEqualTo("11");

        _setValue(period, Criterion.Birthday.Period.DAYS);
        _setValue(_get(birthday, TextField.class, spec -> spec.withLabel("Từ")), "19/12");
        _setValue(_get(birthday, TextField.class, spec -> spec.withLabel("Đến")), "31/12");
        _assertNone(birthday, IntegerField.class, spec -> spec.withLabel("Số ngày tới"));
        assertThat(total()).isEqualTo("4");
    }

    @Test
    void anImpossibleArpuBandShowsWhyInsteadOfACount() {
        login("kehoach");
        navigate("segments/new");

        addCriterion(CriterionType.ARPU_BAND);
        Component arpu = _get(CriterionEditor.class, spec -> spec.withClasses("segment-criterion-arpu-band"));
        _setValue(_get(arpu, IntegerField.class, spec -> spec.withLabel("Từ")), 500_000);
        _setValue(_get(arpu, IntegerField.class, spec -> spec.withLabel("Đến")), 100_000);

        String message = "ARPU từ 500.000 ₫ đến 100.000 ₫ là không hợp lệ: giá trị đầu phải nhỏ hơn hoặc bằng giá trị cuối";
        assertThat(_get(Div.class, spec -> spec.withClasses("segment-problem")).getText()).isEqualTo(message);
        assertThat(_get(arpu, IntegerField.class, spec -> spec.withLabel("Từ")).isInvalid()).isTrue();
        assertThat(total()).isEqualTo("–");
        assertThat(_get(Button.class, spec -> spec.withText("Lưu phân loại")).isEnabled()).isFalse();
    }

    @Test
    void theMembersGridListsTheFixtureCustomersByName() {
        login("kehoach");
        navigate("segments/new");
        addCriterion(CriterionType.DISTRICTS);
        _setValue(choice(CriterionType.DISTRICTS), EnumSet.of(District.SDG));

        List<SegmentMember> firstPage = _fetch(membersGrid(), 0, 50);

        assertThat(firstPage).hasSize(12).extracting(SegmentMember::code).contains("SEG-01", "SEG-12");
        assertThat(firstPage.getFirst().name()).isEqualTo("Bùi Thị Lan");
    }

    @Test
    void aSavedSegmentAppearsInTheListWithItsCount() {
        login("kehoach");
        navigate("segments/new");
        addCriterion(CriterionType.DISTRICTS);
        _setValue(choice(CriterionType.DISTRICTS), EnumSet.of(District.YTE));
        addCriterion(CriterionType.CHURN_RISK);
        _setValue(choice(CriterionType.CHURN_RISK), EnumSet.of(vn.vnpt.bacgiang.cskh.customer.ChurnRisk.HIGH));

        _click(_get(Button.class, spec -> spec.withText("Lưu phân loại")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên phân loại")), "Giữ chân khách hàng Yên Thế");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(_get(H1.class).getText()).isEqualTo("Sửa phân loại: Giữ chân khách hàng Yên Thế");
        navigate("segments");
        @SuppressWarnings("unchecked")
        Grid<Segment> saved = _get(Grid.class);
        Segment segment = _findAll(saved).stream()
                .filter(s -> s.getName().equals("Giữ chân khách hàng Yên Thế")).findFirst().orElseThrow();
        assertThat(segment.getMemberCount()).isEqualTo(3);
        assertThat(segment.getOwnerName()).isEqualTo("Lê Minh Đức");
    }

    @Test
    void theExcelExportHoldsTheMembersWithTheirVietnameseNames() throws IOException {
        login("kehoach");
        navigate("segments/new");
        addCriterion(CriterionType.DISTRICTS);
        _setValue(choice(CriterionType.DISTRICTS), EnumSet.of(District.SDG));

        FakeResponse response = download(_get(Anchor.class, spec -> spec.withId("segment-export-xlsx")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBuffer().toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tên khách hàng");
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            List<String> names = new java.util.ArrayList<>();
            for (Row row : sheet) {
                names.add(row.getCell(1).getStringCellValue());
            }
            assertThat(names).contains("Nguyễn Văn An", "Công ty TNHH Sơn Động Xanh");
        }
        assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");
    }

    @Test
    void theCsvExportStartsWithAByteOrderMarkAndSeparatesFieldsWithSemicolons() throws IOException {
        login("kehoach");
        navigate("segments/new");
        addCriterion(CriterionType.DISTRICTS);
        _setValue(choice(CriterionType.DISTRICTS), EnumSet.of(District.YTE));

        byte[] bytes = download(_get(Anchor.class, spec -> spec.withId("segment-export-csv"))).getBuffer().toByteArray();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.getFirst()).startsWith("Mã KH;Tên khách hàng;Loại;Huyện/thành phố;");
        assertThat(lines).anyMatch(line -> line.startsWith("SEG-17;Công ty CP Chè Yên Thế;Doanh nghiệp;Yên Thế;"
                + "Phòng bán hàng khu vực Yên Thế;0912 000 017;2500000;Giảm;"));
    }

    @Test
    void aDistrictManagerSegmentsOnlyTheirOwnDistrict() {
        login("yenthe.truongphong");
        navigate("segments/new");

        assertThat(total()).isEqualTo("12");
        assertThat(bars()).containsExactly("Yên Thế 12");
    }

    @Test
    void careStaffCannotOpenTheSegmentBuilder() {
        login("lucnam.cskh1");
        navigate("segments/new");

        _assertNone(SegmentBuilderView.class);
        _assertOne(ForbiddenView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Không có quyền truy cập");
    }

    private static void addCriterion(CriterionType type) {
        @SuppressWarnings("unchecked")
        Select<CriterionType> add = _find(Select.class, spec -> spec.withPlaceholder("Thêm tiêu chí")).getLast();
        _setValue(add, type);
    }

    @SuppressWarnings("unchecked")
    private static <T> MultiSelectComboBox<T> choice(CriterionType type) {
        Component editor = _find(CriterionEditor.class, spec -> spec.withClasses(
                "segment-criterion-" + type.name().toLowerCase().replace('_', '-'))).getLast();
        return _get(editor, MultiSelectComboBox.class);
    }

    private static String total() {
        return _get(Span.class, spec -> spec.withClasses("segment-count-total")).getText();
    }

    /** Each district's bar as "name count". */
    private static List<String> bars() {
        Component districts = _find(Div.class, spec -> spec.withClasses("segment-bars")).getFirst();
        return _find(districts, Div.class, spec -> spec.withClasses("segment-bar")).stream()
                .map(bar -> bar.getChildren().filter(Span.class::isInstance).map(span -> ((Span) span).getText())
                        .reduce((name, count) -> name + " " + count).orElse(""))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<SegmentMember> membersGrid() {
        return _get(MembersGrid.class);
    }

    /** What the browser would get for a click: the link's handler answers a fresh response. */
    private static FakeResponse download(Anchor link) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = (StreamResourceRegistry.ElementStreamResource) session.getResourceRegistry()
                .getResource(URI.create(link.getHref())).orElseThrow();
        FakeResponse response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinServletRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinServletService.getCurrent()),
                session, resource.getOwner());
        return response;
    }
}
