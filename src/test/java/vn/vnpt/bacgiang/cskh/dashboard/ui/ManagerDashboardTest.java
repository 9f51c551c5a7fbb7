package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.dashboard.ui.DashboardPage.*;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffState;

/** Rolled back: the campaigns, tasks and hand-offs are the test's own. */
@Transactional
class ManagerDashboardTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private HandoffFixture handoffs;
    @Autowired
    private TestClock clock;
    @Autowired
    private vn.vnpt.bacgiang.cskh.supervision.FindingFixture findingFixture;

    /** Committed, as the snapshot the cards read is written and read outside the test's transaction. */
    @Test
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void aSalesManagersStepSixCardsCountTheUnitsTasksOfEachCampaignInExecution() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, NENH, VOI));
        as("vietyen.truongphong", () -> assignments.assignSelected(campaign, firstTasks(campaign, VIET_YEN, 1),
                VIET_YEN_CSKH1));
        List<java.util.Map<String, Object>> running = jdbc.queryForList("SELECT cp.id, cp.name, COUNT(*) AS tasks, "
                + "SUM(t.state = 'COMPLETED') AS reached, SUM(t.state = 'OPEN' AND t.assignee_id IS NULL) AS unassigned "
                + "FROM care_task t JOIN campaign cp ON cp.id = t.campaign_id WHERE cp.state = 'EXECUTION' "
                + "AND t.unit_id = ? GROUP BY cp.id, cp.name", VIET_YEN);

        login("vietyen.truongphong");

        String cards = _get(Div.class, spec -> spec.withClasses("step-six-cards")).getElement().getTextRecursively();
        assertThat(running).extracting(row -> ((Number) row.get("id")).longValue()).contains(campaign);
        assertThat(running).allSatisfy(row -> assertThat(cards).contains(row.get("name")
                + ": liên lạc được " + VnFormats.number((Number) row.get("reached")) + "/"
                + VnFormats.number((Number) row.get("tasks")) + ", chưa giao "
                + VnFormats.number((Number) row.get("unassigned"))));
    }

    @Test
    void aSalesManagersCampaignTilesEqualIndependentCountsAndTheRowsOfTheListsTheyOpen() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, BICH_DONG, NENH, VIET_YEN, VOI));
        as("vietyen.truongphong", () -> assignments.assignSelected(campaign, firstTasks(campaign, VIET_YEN, 2),
                VIET_YEN_CSKH1));
        jdbc.update("UPDATE care_task SET due_at = ? WHERE campaign_id = ? AND unit_id = ? ORDER BY id DESC LIMIT 2",
                utcNow().minusDays(1), campaign, VIET_YEN);
        jdbc.update("UPDATE care_task SET state = 'COMPLETED', contacts = 1, last_outcome = 'REACHED_ACCEPTED' "
                + "WHERE campaign_id = ? AND assignee_id = ? ORDER BY id LIMIT 1", campaign, VIET_YEN_CSKH1);

        login("vietyen.truongphong");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dashboard-as-of")).getText()).startsWith("Số liệu lúc ");
        assertThat(value("tile-reached-" + campaign)).isEqualTo(count("state = 'COMPLETED'", campaign, VIET_YEN))
                .isEqualTo(1);
        assertThat(label("tile-reached-" + campaign)).isEqualTo("khách hàng đã đạt / chỉ tiêu 5");
        long unassigned = value("tile-unassigned-" + campaign);
        long overdue = value("tile-overdue-" + campaign);
        assertThat(unassigned).isEqualTo(count("state = 'OPEN' AND assignee_id IS NULL", campaign, VIET_YEN))
                .isEqualTo(3);
        assertThat(overdue).isEqualTo(countOverdue(campaign, VIET_YEN)).isEqualTo(2);
        vn.vnpt.bacgiang.cskh.base.ui.BarChart chart = _get(vn.vnpt.bacgiang.cskh.base.ui.BarChart.class,
                spec -> spec.withId("dashboard-quota-chart"));
        int bar = java.util.Objects.requireNonNull(chart.getModel()).categories().indexOf(campaignName(campaign));
        assertThat(chart.getLinks().get(bar)).isEqualTo("progress?campaign=" + campaign);
        assertThat(lines("dashboard-ranking-" + campaign)).hasSize(1).first()
                .satisfies(line -> assertThat(line.getElement().getTextRecursively())
                        .contains("1. Vũ Văn Nam", "Đã đạt 1 / 2 nhiệm vụ"));

        follow("tile-unassigned-" + campaign);
        assertThat(rows(tasksGrid())).isEqualTo(unassigned);
        login("vietyen.truongphong");
        follow("tile-overdue-" + campaign);
        assertThat(rows(tasksGrid())).isEqualTo(overdue);
        assertThat(tasksGrid().getColumnByKey("due").getHeaderText()).isEqualTo("Hạn");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(tasksGrid(), 0, "due"))
                .isEqualTo(VnFormats.dateTime(jdbc.queryForObject("SELECT MIN(due_at) FROM care_task WHERE "
                        + "campaign_id = ? AND unit_id = ? AND state = 'OPEN' AND assignee_id IS NULL",
                        LocalDateTime.class, campaign, VIET_YEN).toInstant(ZoneOffset.UTC)));
        login("vietyen.truongphong");
        follow("tile-reached-" + campaign);
        @SuppressWarnings("unchecked")
        Grid<Object> staff = _get(Grid.class, spec -> spec.withId("progress-staff"));
        assertThat(rows(staff)).as("the ranked staff and the unassigned row").isEqualTo(2);
    }

    @Test
    void aLongStaffRankingShowsItsFirstAndLastFivePlacesAndSendsTheRestToTheProgressPage() throws Exception {
        int staff = 2 * ManagerDashboard.AT_EACH_END + 2;
        long campaign = inExecution(java.util.Collections.nCopies(staff, BICH_DONG));
        List<Long> tasks = firstTasks(campaign, VIET_YEN, staff);
        List<Long> people = jdbc.queryForList("SELECT id FROM user_account ORDER BY id LIMIT ?", Long.class, staff);
        for (int task = 0; task < staff; task++) {
            jdbc.update("UPDATE care_task SET assignee_id = ?, state = ? WHERE id = ?", people.get(task),
                    task < staff / 2 ? "COMPLETED" : "OPEN", tasks.get(task));
        }

        login("vietyen.truongphong");

        List<String> shown = lines("dashboard-ranking-" + campaign).stream()
                .map(line -> line.getElement().getTextRecursively()).toList();
        assertThat(shown).hasSize(2 * ManagerDashboard.AT_EACH_END + 1);
        assertThat(shown.subList(0, 5)).allSatisfy(text -> assertThat(text).contains("Đã đạt 1 / 1 nhiệm vụ"));
        assertThat(shown.get(5)).startsWith("… 2 nhân viên ở giữa bảng xếp hạng")
                .endsWith("Xem đủ trên trang Tiến độ");
        assertThat(shown.subList(6, 11)).allSatisfy(text -> assertThat(text).contains("Đã đạt 0 / 1 nhiệm vụ"));
        assertThat(shown).extracting(text -> text.substring(0, text.indexOf(' ')))
                .containsExactly("1.", "2.", "3.", "4.", "5.", "…", "8.", "9.", "10.", "11.", "12.");
        assertThat(_find(lines("dashboard-ranking-" + campaign).get(5), Anchor.class))
                .extracting(Anchor::getHref).containsOnly("progress?campaign=" + campaign);
    }

    @Test
    void twoManagersOfOneCampaignEachSeeOnlyTheirOwnUnitsFigures() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, BICH_DONG, BICH_DONG, VOI));
        jdbc.update("UPDATE care_task SET state = 'COMPLETED', contacts = 1 WHERE campaign_id = ? AND unit_id = ? "
                + "ORDER BY id LIMIT 2", campaign, VIET_YEN);
        as("langgiang.truongphong", () -> assignments.assignSelected(campaign, firstTasks(campaign, LANG_GIANG, 1),
                LANG_GIANG_CSKH1));

        login("langgiang.truongphong");
        assertThat(value("tile-reached-" + campaign)).isEqualTo(count("state = 'COMPLETED'", campaign, LANG_GIANG))
                .isZero();
        assertThat(label("tile-reached-" + campaign)).endsWith("chỉ tiêu 1");
        assertThat(value("tile-unassigned-" + campaign)).isZero();
        assertThat(lines("dashboard-ranking-" + campaign)).extracting(line -> line.getElement().getTextRecursively())
                .noneMatch(text -> text.contains("Vũ Văn Nam"));

        login("vietyen.truongphong");
        assertThat(value("tile-reached-" + campaign)).isEqualTo(2);
        assertThat(label("tile-reached-" + campaign)).endsWith("chỉ tiêu 3");
        assertThat(value("tile-unassigned-" + campaign)).isEqualTo(count("state = 'OPEN' AND assignee_id IS NULL",
                campaign, VIET_YEN)).isEqualTo(1);
    }

    @Test
    void theHandOffsTheUnitSentAreCountedPerStateEachLinkingToTheQueueOfExactlyThose() throws Exception {
        handoffs.raise("tpbg.cskh1", handoffs.tpBacGiangCustomer());
        Handoff overdue = handoffs.raise("tpbg.cskh1", handoffs.tpBacGiangCustomer());
        jdbc.update("UPDATE handoff SET due_at = ? WHERE id = ?", utcNow().minusHours(1), overdue.getId());

        login("tpbg.truongphong");

        for (HandoffState state : List.of(HandoffState.SENT, HandoffState.RETURNED, HandoffState.ACCEPTED,
                HandoffState.IN_PROGRESS, HandoffState.WAITING_CUSTOMER, HandoffState.RESOLVED)) {
            String id = "dashboard-sent-" + state.name();
            long shown = value(id);
            assertThat(shown).as(state.name()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM handoff h "
                    + "WHERE h.requester_unit_path LIKE (SELECT CONCAT(path, '%') FROM unit WHERE id = 10) "
                    + "AND h.state = ?", Long.class, state.name()));
            follow(id);
            assertThat(rows(queue())).as(state.name()).isEqualTo(shown);
            login("tpbg.truongphong");
        }
        assertThat(value("dashboard-sent-SENT")).isGreaterThanOrEqualTo(2);
        long late = value("dashboard-sent-overdue");
        assertThat(late).isPositive();
        follow("dashboard-sent-overdue");
        assertThat(rows(queue())).isEqualTo(late);
    }

    @Test
    void theFindingsWaitingForTheManagersAnswerAreListedEachLinkingToItsInspection() {
        clock.stopAt(java.time.LocalDate.of(2026, 12, 4).atTime(10, 0));
        login("giamsat");
        long inspection = findingFixture.submittedWithFindings();

        login("lucnam.truongphong");

        long raised = jdbc.queryForObject("SELECT COUNT(*) FROM finding f JOIN inspection i ON i.id = f.inspection_id "
                + "JOIN unit u ON u.id = i.unit_id WHERE f.state = 'RAISED' AND u.path LIKE '/1/2/11/%'", Long.class);
        assertThat(lines("dashboard-findings-list")).hasSize((int) raised).isNotEmpty()
                .extracting(line -> _get(line, Anchor.class).getHref())
                .allMatch(href -> href.startsWith("supervision/inspection/"))
                .contains("supervision/inspection/" + inspection);
        login("vietyen.truongphong");
        assertThat(lines("dashboard-findings-list")).isEmpty();
    }

    @Test
    void inEnglishTheManagersDashboardSaysTheSameNumbersInEnglish() throws Exception {
        long campaign = inExecution(List.of(BICH_DONG, NENH));
        login("vietyen.truongphong");
        long unassigned = value("tile-unassigned-" + campaign);

        useEnglish();
        login("vietyen.truongphong");

        assertThat(value("tile-unassigned-" + campaign)).isEqualTo(unassigned).isEqualTo(2);
        assertThat(label("tile-unassigned-" + campaign)).isEqualTo("Unassigned tasks");
        assertThat(label("tile-reached-" + campaign)).isEqualTo("customers reached / quota 2");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-sent")).getElement().getTextRecursively())
                .contains("Hand-offs the unit sent", "Overdue");
        assertThat(_find(Anchor.class, spec -> spec.withId("tile-overdue-" + campaign))).hasSize(1);
    }

    private long inExecution(List<Long> units) throws Exception {
        long campaign = campaignInReadiness(jdbc, "Bảng điều khiển trưởng phòng", units);
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        return campaign;
    }

    private List<Long> firstTasks(long campaign, long unit, int count) {
        return jdbc.queryForList("SELECT id FROM care_task WHERE campaign_id = ? AND unit_id = ? ORDER BY id LIMIT ?",
                Long.class, campaign, unit, count);
    }

    private long count(String condition, long campaign, long unit) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND unit_id = ? AND "
                + condition, Long.class, campaign, unit);
    }

    private long countOverdue(long campaign, long unit) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND unit_id = ? "
                + "AND state = 'OPEN' AND due_at < ?", Long.class, campaign, unit, utcNow());
    }

    private LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> tasksGrid() {
        return _get(Grid.class, spec -> spec.withId("assignment-tasks"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> queue() {
        return _get(Grid.class, spec -> spec.withId("handoff-queue"));
    }

    private String campaignName(long campaign) {
        return jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, campaign);
    }
}
