package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ContactEntry;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;

/**
 * The Director's dashboard on the shared test data, at ten today: every figure equals a count made here in
 * SQL and the number of rows of the list it links to (followed in the UI). The step-6 campaign it arranges stays,
 * as ExecutionFixture's do; the hand-offs roll back; the progress snapshot is emptied first where the test needs
 * it taken from the tasks as they are now.
 */
class DirectorDashboardTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private HandoffFixture handoffs;

    @Autowired
    private vn.vnpt.bacgiang.cskh.scorecard.ScorecardService scorecard;

    private LocalDate today;

    @BeforeEach
    void tenOClock() {
        today = LocalDate.now(clock);
        clock.stopAt(today.atTime(10, 0));
    }

    @Test
    void campaignsByStepAndTheLateOnesCountAsTheListTheirTileOpens() {
        jdbc.update("DELETE FROM unit_progress_snapshot");
        login("giamdoc");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dashboard-as-of")).getText())
                .isEqualTo("Số liệu lúc 10:00");

        List<CampaignState> states = new java.util.ArrayList<>(CampaignState.steps());
        states.add(CampaignState.RETURNED);
        for (CampaignState state : states) {
            long counted = count("SELECT COUNT(*) FROM campaign WHERE state = ?", state.name());
            assertThat(followed("dashboard-campaigns-" + state.name(), "campaigns/list")).as(state.name())
                    .containsExactly(counted, counted);
        }
        long late = count("SELECT COUNT(*) FROM campaign WHERE state NOT IN ('CLOSED', 'CANCELLED') "
                + "AND step_deadline < ?", today);
        assertThat(followed("dashboard-campaigns-late", "campaigns/list")).containsExactly(late, late);
    }

    @Test
    void eachExecutingUnitsReachEqualsItsTasksAndLinksToTheCampaignsProgressWithTheUnitChosen() throws Exception {
        long arranged = ExecutionFixture.campaignInReadiness(jdbc, "Bảng điều hành",
                List.of(ExecutionFixture.BICH_DONG, ExecutionFixture.NENH, ExecutionFixture.VOI));
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, arranged);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(arranged));
        as("vietyen.cskh1", () -> {
            WorklistRow row = execution.worklist(arranged, 0, 1).getFirst();
            execution.logContact(new ContactEntry(row.taskId(), row.version(), CareChannel.CALL,
                    ContactOutcome.REACHED_ACCEPTED, null, 0, 5, null, null, "Khách hài lòng", null));
            return null;
        });
        awaitAfterCommitWork();
        jdbc.update("DELETE FROM unit_progress_snapshot");
        login("giamdoc");
        List<Long> executing = jdbc.queryForList("SELECT id FROM campaign WHERE state = 'EXECUTION' "
                + "AND EXISTS (SELECT 1 FROM care_task t WHERE t.campaign_id = campaign.id)", Long.class);
        assertThat(executing).isNotEmpty();
        for (long campaign : executing) {
            List<Div> lines = lines("dashboard-units-" + campaign);
            assertThat((long) lines.size()).as("units of campaign " + campaign).isEqualTo(count(
                    "SELECT COUNT(DISTINCT unit_id) FROM care_task WHERE campaign_id = ?", campaign));
            for (Div line : lines) {
                Anchor unit = _get(line, Anchor.class, spec -> spec.withClasses("dashboard-line-name"));
                long unitId = Long.parseLong(unit.getHref().replaceAll(".*unit=", ""));
                long reached = count("SELECT COUNT(*) FROM care_task WHERE campaign_id = ? AND unit_id = ? "
                        + "AND state = 'COMPLETED'", campaign, unitId);
                assertThat(cells(line).getFirst()).as(unit.getText()).startsWith("Đạt " + reached + "/");
            }
            Anchor first = _get(lines.getFirst(), Anchor.class, spec -> spec.withClasses("dashboard-line-name"));
            AnchorsKt._click(first);
            Grid<?> units = _get(Grid.class, spec -> spec.withId("progress-units"));
            assertThat((long) _size(units)).isEqualTo(lines.size());
            assertThat(((UnitProgress) Objects.requireNonNull(units.asSingleSelect().getValue())).unitId())
                    .isEqualTo(Long.parseLong(first.getHref().replaceAll(".*unit=", "")));
            navigate("");
        }
    }

    @Test
    @Transactional
    void eachReceivingUnitsOpenAndOverdueHandoffsEqualTheQueuesTheirFiguresOpen() {
        Handoff late = handoffs.raise("tpbg.cskh1", handoffs.tpBacGiangCustomer());
        handoffs.raise("tpbg.cskh1", handoffs.tpBacGiangCustomer());
        jdbc.update("UPDATE handoff SET due_at = ? WHERE id = ?", Timestamp.valueOf(LocalDateTime.ofInstant(
                clock.instant().minusSeconds(3600), ZoneOffset.UTC)), HandoffFixture.id(late));
        login("giamdoc");
        List<Div> lines = lines("dashboard-handoffs");
        assertThat(lines).isNotEmpty();
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        for (int index = 0; index < lines.size(); index++) {
            Anchor open = _find(lines("dashboard-handoffs").get(index), Anchor.class).get(1);
            long unit = Long.parseLong(open.getHref().replaceAll(".*unit=(\\d+).*", "$1"));
            long openCounted = count("SELECT COUNT(*) FROM handoff WHERE receiver_unit_id = ? AND is_open", unit);
            assertThat(open.getText()).isEqualTo("Đang mở: " + openCounted);
            AnchorsKt._click(open);
            assertThat((long) _size(_get(Grid.class, spec -> spec.withId("handoff-queue")))).as("unit " + unit)
                    .isEqualTo(openCounted);
            navigate("");
            Anchor overdue = _find(lines("dashboard-handoffs").get(index), Anchor.class).get(2);
            long counted = count("SELECT COUNT(*) FROM handoff WHERE receiver_unit_id = ? AND is_open "
                    + "AND due_at < ?", unit, now);
            assertThat(overdue.getText()).isEqualTo("Quá hạn: " + counted);
            AnchorsKt._click(overdue);
            assertThat((long) _size(_get(Grid.class, spec -> spec.withId("handoff-queue")))).as("unit " + unit)
                    .isEqualTo(counted);
            navigate("");
        }
    }

    @Test
    void aSalesManagerSeesNeitherTheDirectorsNorTheOperationsDashboard() {
        login("tpbg.truongphong");

        assertThat(_find(Div.class, spec -> spec.withClasses("director-dashboard"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("operations-dashboard"))).isEmpty();
    }

    @Test
    void theDirectorsDashboardReadsInEnglish() {
        jdbc.update("DELETE FROM unit_progress_snapshot");
        useEnglish();
        login("giamdoc");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dashboard-as-of")).getText())
                .isEqualTo("Figures as of 10:00");
        assertThat(label("dashboard-campaigns-EXECUTION")).isEqualTo("6. Execution");
        assertThat(label("dashboard-campaigns-late")).isEqualTo("Late for their step");
        assertThat(label("dashboard-actions-DONE")).isEqualTo("Done, to verify");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-units")).getChildren().findFirst().orElseThrow()
                .getElement().getText()).isEqualTo("Reach and success against target, by unit");
    }

    @Test
    void theScorecardTileCountsTheUnitsAtAlertAndOpensTheScorecardOfEveryUnit() throws Exception {
        login("giamdoc");
        vn.vnpt.bacgiang.cskh.scorecard.CoordinationScorecard card = scorecard.scorecard();
        long alert = card.rows().stream()
                .filter(row -> row.worst() == vn.vnpt.bacgiang.cskh.scorecard.Level.ALERT).count();
        long warn = card.rows().stream()
                .filter(row -> row.worst() == vn.vnpt.bacgiang.cskh.scorecard.Level.WARN).count();
        navigate("");
        Anchor tile = _get(Anchor.class, spec -> spec.withId("dashboard-scorecard-alert"));

        assertThat(_get(tile, Span.class, spec -> spec.withClasses("card-value")).getText())
                .isEqualTo(String.valueOf(alert));
        assertThat(_get(_get(Anchor.class, spec -> spec.withId("dashboard-scorecard-warn")), Span.class,
                spec -> spec.withClasses("card-value")).getText()).isEqualTo(String.valueOf(warn));
        AnchorsKt._click(tile);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("scorecard");
        assertThat(_find(Grid.class).stream().mapToLong(grid -> _size(grid)).sum()).isEqualTo(card.rows().size());
    }

    @Test
    void eachUnitsBarsOpenTheSameProgressAsItsRankedLine() {
        login("giamdoc");
        Div units = _get(Div.class, spec -> spec.withId("dashboard-units"));

        List<String> barLinks = _find(units, vn.vnpt.bacgiang.cskh.base.ui.BarChart.class).stream()
                .flatMap(chart -> chart.getLinks().stream()).toList();
        List<String> lineLinks = _find(units, Anchor.class, spec -> spec.withClasses("dashboard-line-name")).stream()
                .map(Anchor::getHref).toList();

        assertThat(barLinks).isNotEmpty().allMatch(link -> link.startsWith("progress?campaign="))
                .isEqualTo(lineLinks);
    }

    /** The tile's figure and the number of rows of the grid its link opens. */
    private List<Long> followed(String tileId, String expectedPath) {
        navigate("");
        Anchor tile = _get(Anchor.class, spec -> spec.withId(tileId));
        long shown = Long.parseLong(_get(tile, Span.class, spec -> spec.withClasses("card-value")).getText()
                .replace(".", ""));
        AnchorsKt._click(tile);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(expectedPath);
        long rows = _size(_get(Grid.class));
        return List.of(shown, rows);
    }

    private static String label(String tileId) {
        return _get(_get(Anchor.class, spec -> spec.withId(tileId)), Span.class, spec -> spec.withClasses("card-label"))
                .getText();
    }

    private static List<Div> lines(String id) {
        return _find(_get(Div.class, spec -> spec.withId(id)), Div.class, spec -> spec.withClasses("dashboard-line"));
    }

    private static List<String> cells(Div line) {
        return line.getChildren().skip(1).map(cell -> cell.getElement().getText()).toList();
    }

    private long count(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, args));
    }
}
