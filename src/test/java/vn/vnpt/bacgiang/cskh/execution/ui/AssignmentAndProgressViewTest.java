package vn.vnpt.bacgiang.cskh.execution.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionCampaign;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.StaffMember;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;

/** Rolled back: moving a worker's open tasks also moves their demo tasks. */
@Transactional
class AssignmentAndProgressViewTest extends KaribuTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ExecutionService execution;

    @Test
    @SuppressWarnings("unchecked")
    void aManagerSpreadsTheTasksEvenlyThenMovesAStaffMembersOpenTasksToTheOthers() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, NENH, VIET_YEN, VIET_YEN));
        login("vietyen.truongphong");
        navigate("assignment");
        Select<ExecutionCampaign> select = _get(Select.class, spec -> spec.withId("assignment-campaign"));
        select.setValue(select.getListDataView().getItems().filter(item -> item.id() == campaign).findFirst()
                .orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("assignment-unassigned")).getText()).isEqualTo("Chưa giao: 5");

        _click(_get(Button.class, spec -> spec.withId("assignment-evenly")));

        expectNotifications("Đã giao 5 nhiệm vụ.");
        assertThat(_get(Span.class, spec -> spec.withId("assignment-unassigned")).getText()).isEqualTo("Chưa giao: 0");
        assertThat(open(campaign, VIET_YEN_CSKH1)).isEqualTo(3);
        assertThat(open(campaign, VIET_YEN_CSKH2)).isEqualTo(2);

        ComboBox<StaffMember> from = _get(ComboBox.class, spec -> spec.withId("reassign-from"));
        _setValue(from, from.getListDataView().getItems().filter(member -> member.id() == VIET_YEN_CSKH1)
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("reassign-move")));

        assertThat(open(campaign, VIET_YEN_CSKH1)).isZero();
        assertThat(open(campaign, VIET_YEN_CSKH2)).isEqualTo(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCentreSeesEveryUnitsProgressAndAManagerOnlyTheirOwnWithItsStaff() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, VOI, VOI));
        login("giamsat");
        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));
        Grid<UnitProgress> units = _get(Grid.class, spec -> spec.withId("progress-units"));
        assertThat(units.getListDataView().getItems().map(UnitProgress::unitName))
                .containsExactly("Phòng bán hàng khu vực Lạng Giang", "Phòng bán hàng khu vực Việt Yên");

        login("langgiang.truongphong");
        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));
        units = _get(Grid.class, spec -> spec.withId("progress-units"));
        assertThat(units.getListDataView().getItems().map(UnitProgress::unitId)).containsExactly(LANG_GIANG);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("progress-staff")))).isEqualTo(1);
        onAPhone();
        List<Div> staffCards = _find(_get(Div.class, spec -> spec.withId("progress-staff-cards")), Div.class,
                spec -> spec.withClasses("progress-card"));
        assertThat(staffCards).singleElement().satisfies(card -> assertThat(card.getElement().getTextRecursively())
                .startsWith("(chưa giao)").contains("Khách hàng2", "Đang mở2"));
    }

    @Test
    void theProgressCardsAreBuiltOnlyWhileTheWindowIsAPhones() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, VOI, VOI));
        login("giamsat");
        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));
        assertThat(_find(Div.class, spec -> spec.withClasses("progress-card"))).as("a window of unknown width").isEmpty();
        cards().forEach(shown -> shown.fitTo(1366));
        assertThat(_find(Div.class, spec -> spec.withClasses("progress-card"))).as("a laptop").isEmpty();

        cards().forEach(shown -> shown.fitTo(FigureCards.PHONE));
        assertThat(_find(_get(Div.class, spec -> spec.withId("progress-cards")), Div.class,
                spec -> spec.withClasses("progress-card"))).extracting(card -> card.getElement().getTextRecursively())
                .hasSize(3).anySatisfy(text -> assertThat(text).startsWith("Phòng bán hàng khu vực Lạng Giang"))
                .last().satisfies(text -> assertThat(text).startsWith("Tổng cộng"));
        _click(_find(Div.class, spec -> spec.withClasses("progress-card-pickable")).getFirst());
        assertThat(_find(_get(Div.class, spec -> spec.withId("progress-staff-cards")), Div.class,
                spec -> spec.withClasses("progress-card"))).isNotEmpty();

        cards().forEach(shown -> shown.fitTo(FigureCards.PHONE + 1));
        assertThat(_find(Div.class, spec -> spec.withClasses("progress-card"))).as("turned to landscape").isEmpty();
    }

    /** The browser tells a phone's width when the page opens (a test's UI tells none). */
    static void onAPhone() {
        cards().forEach(shown -> shown.fitTo(390));
    }

    /** The page's card lists, shown or not: each follows the window's width. */
    private static List<FigureCards<?>> cards() {
        return within(UI.getCurrent()).filter(FigureCards.class::isInstance).<FigureCards<?>>map(FigureCards.class::cast)
                .toList();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> within(
            com.vaadin.flow.component.Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component),
                component.getChildren().flatMap(AssignmentAndProgressViewTest::within));
    }

    @Test
    @SuppressWarnings("unchecked")
    void progressShowsReachAgainstTheQuotaBesideReachAgainstMembersAndATotalRow() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, VOI, VOI));
        jdbc.update("UPDATE campaign_share SET quota = 1 WHERE campaign_id = ?", campaign);
        reach(campaign, VIET_YEN, 5);
        reach(campaign, LANG_GIANG, 4);

        login("giamsat");
        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));
        Grid<UnitProgress> units = _get(Grid.class, spec -> spec.withId("progress-units"));
        assertThat(_getFormatted(units, 1, "unit")).isEqualTo("Phòng bán hàng khu vực Việt Yên");
        assertThat(_getCellComponent(units, 1, "reached").getElement().getTextRecursively()).isEqualTo("150 % / 80 %");
        assertThat(_getFormatted(units, 1, "ofQuota")).isEqualTo("1/1 · 100 %");
        FooterRow total = units.getFooterRows().getFirst();
        assertThat(total.getCell(units.getColumnByKey("unit")).getText()).isEqualTo("Tổng cộng");
        assertThat(total.getCell(units.getColumnByKey("tasks")).getText()).isEqualTo("4");
        assertThat(total.getCell(units.getColumnByKey("quota")).getText()).isEqualTo("2");
        assertThat(total.getCell(units.getColumnByKey("reached")).getText()).isEqualTo("2 · 50 %");
        assertThat(total.getCell(units.getColumnByKey("ofQuota")).getText()).isEqualTo("2/2 · 100 %");
        assertThat(total.getCell(units.getColumnByKey("satisfaction")).getText()).isEqualTo("4,5");
        assertThat(total.getCell(units.getColumnByKey("unassigned")).getText()).isEqualTo("2");
    }

    @Test
    void progressSaysHowMuchOfTheQuotaIsDueByTodayOnAnEvenPaceToThePeriodsEnd() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, VOI, VOI));
        LocalDate start = LocalDate.now(clock).minusDays(4);
        jdbc.update("UPDATE campaign SET period_start = ?, period_end = ? WHERE id = ?", start, start.plusDays(9),
                campaign);
        jdbc.update("UPDATE campaign_share SET quota = 2 WHERE campaign_id = ?", campaign);
        reach(campaign, VIET_YEN, 5);
        clock.stopAt(start.plusDays(4).atTime(9, 0));

        login("giamsat");
        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("progress-pace")).getText())
                .startsWith("Ngày 5/10 của kỳ chương trình (" + VnFormats.date(start) + " – "
                        + VnFormats.date(start.plusDays(9)) + ")");
        @SuppressWarnings("unchecked")
        Grid<UnitProgress> units = _get(Grid.class, spec -> spec.withId("progress-units"));
        assertThat(_getFormatted(units, 0, "shouldBe")).isEqualTo("1 · thiếu 1");
        assertThat(_getFormatted(units, 1, "shouldBe")).isEqualTo("1 · đạt");
        assertThat(units.getFooterRows().getFirst().getCell(units.getColumnByKey("shouldBe")).getText())
                .isEqualTo("2 · thiếu 1");

        clock.stopAt(start.plusDays(9).atTime(17, 0));
        UI.getCurrent().navigate("progress", QueryParameters.of("campaign", String.valueOf(campaign)));
        assertThat(_getFormatted(_get(Grid.class, spec -> spec.withId("progress-units")), 1, "shouldBe"))
                .isEqualTo("2 · thiếu 1");
    }

    /** One open task of the unit completed as a reached, accepted call with the customer's rating. */
    private void reach(long campaign, long unit, int rating) {
        jdbc.update("UPDATE care_task SET state = 'COMPLETED', contacts = 1, last_outcome = 'REACHED_ACCEPTED', "
                + "satisfaction = ? WHERE campaign_id = ? AND unit_id = ? AND state = 'OPEN' ORDER BY id LIMIT 1",
                rating, campaign, unit);
    }

    /** Committed: a manager's step-6 cards read the progress snapshot, written and read outside the test's transaction. */
    @Test
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void theHomePageShowsCareStaffTheirOpenTasksAndManagersTheirUnitsCampaignsInExecution() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, NENH));
        String name = as("kehoach", () -> campaigns.get(campaign)).getName();
        login("vietyen.truongphong");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("stat-card"))).extracting(card -> card.getElement()
                .getTextRecursively()).anyMatch(text -> text.contains(name + ": liên lạc được 0/2, chưa giao 2"));

        assignments.assignEvenly(campaign, List.of(VIET_YEN_CSKH1));
        login("vietyen.cskh1");
        long open = as("vietyen.cskh1", () -> execution.openTasks(null));
        assertThat(_find(Anchor.class, spec -> spec.withClasses("stat-card"))).extracting(card -> card.getElement()
                .getTextRecursively()).contains(open + "Nhiệm vụ chăm sóc đang mở");
        login("ttvt.vietyen");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("stat-card"))).isEmpty();
    }

    @Test
    void theAssignmentViewIsTheManagersAndTheProgressViewIsNotForCareOrTelecomStaff() {
        login("vietyen.cskh1");
        navigate("assignment");
        _get(ForbiddenView.class);
        navigate("progress");
        _get(ForbiddenView.class);
        login("kehoach");
        navigate("assignment");
        _get(ForbiddenView.class);
        login("ttvt.vietyen");
        navigate("progress");
        _get(ForbiddenView.class);
    }

    private long open(long campaign, long staff) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND assignee_id = ? "
                + "AND state = 'OPEN'", Long.class, campaign, staff);
    }

    private long inExecution(List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Phân công giao diện", units);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        return campaign;
    }
}
