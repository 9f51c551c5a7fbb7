package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.dashboard.ui.DashboardPage.*;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BarChart;
import vn.vnpt.bacgiang.cskh.base.ui.ChartModel;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;

/** Rolled back: the campaign and its tasks are the test's own. */
@Transactional
class CareStaffDashboardTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private TestClock clock;

    @Test
    void aCareWorkersTilesEqualIndependentCountsAndTheRowsOfTheWorklistTheyOpen() throws Exception {
        myTasks();
        LocalDate today = LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
        Map<String, String> conditions = Map.of(
                "DUE_TODAY", "state = 'OPEN' AND due_at < " + at(today.plusDays(1)),
                "APPOINTMENTS_TODAY", "state = 'OPEN' AND appointment_at >= " + at(today)
                        + " AND appointment_at < " + at(today.plusDays(1)),
                "OPEN", "state = 'OPEN'",
                "REACHED_THIS_WEEK", "state = 'COMPLETED' AND last_contact_at >= "
                        + at(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                        + " AND last_contact_at < " + at(today.plusDays(1)));

        for (String part : List.of("DUE_TODAY", "APPOINTMENTS_TODAY", "OPEN", "REACHED_THIS_WEEK")) {
            login("vietyen.cskh1");
            long shown = value("tile-" + part);
            assertThat(shown).as(part).isPositive().isEqualTo(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM care_task WHERE assignee_id = ? AND " + conditions.get(part), Long.class,
                    VIET_YEN_CSKH1));
            follow("tile-" + part);
            @SuppressWarnings("unchecked")
            Grid<Object> worklist = _get(Grid.class, spec -> spec.withClasses("worklist-grid"));
            assertThat(rows(worklist)).as(part).isEqualTo(shown);
        }
    }

    @Test
    void aCareWorkerSeesTheirResultsAgainstTheirShareOfTheQuotaInBothLanguages() throws Exception {
        myTasks();
        long assigned = jdbc.queryForObject("SELECT COUNT(*) FROM care_task t JOIN campaign c ON c.id = t.campaign_id "
                + "WHERE t.assignee_id = ? AND c.state = 'EXECUTION'", Long.class, VIET_YEN_CSKH1);
        long reached = jdbc.queryForObject("SELECT COUNT(*) FROM care_task t JOIN campaign c ON c.id = t.campaign_id "
                + "WHERE t.assignee_id = ? AND c.state = 'EXECUTION' AND t.state = 'COMPLETED'", Long.class,
                VIET_YEN_CSKH1);

        login("vietyen.cskh1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-share-text")).getText())
                .contains("trong " + VnFormats.number(assigned) + " khách hàng được giao",
                        "Đã đạt " + VnFormats.number(reached) + ",");

        useEnglish();
        login("vietyen.cskh1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-share-text")).getText())
                .contains("of the " + VnFormats.number(assigned) + " assigned to you", "Reached "
                        + VnFormats.number(reached) + ",");
        assertThat(label("tile-DUE_TODAY")).isEqualTo("Due today (callbacks included)");
    }

    @Test
    void eachBarOfTheShareChartOpensTheWorklistOfTheCustomersItCounts() throws Exception {
        myTasks();
        login("vietyen.cskh1");
        BarChart chart = _get(BarChart.class, spec -> spec.withId("dashboard-share-chart"));
        ChartModel model = Objects.requireNonNull(chart.getModel());
        List<Long> reached = model.bars().getFirst().values();
        long inExecution = jdbc.queryForObject("SELECT COUNT(*) FROM care_task t JOIN campaign c ON "
                + "c.id = t.campaign_id WHERE t.assignee_id = ? AND c.state = 'EXECUTION' AND t.state = 'COMPLETED'",
                Long.class, VIET_YEN_CSKH1);
        assertThat(reached.get(1)).isPositive().isEqualTo(inExecution);
        assertThat(chart.getLinks()).hasSize(2);

        for (int bar = 0; bar < 2; bar++) {
            Location link = new Location(chart.getLinks().get(bar));
            UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
            @SuppressWarnings("unchecked")
            Grid<Object> worklist = _get(Grid.class, spec -> spec.withClasses("worklist-grid"));
            assertThat((long) rows(worklist)).as(link.getPathWithQueryParameters()).isEqualTo(reached.get(bar));
            login("vietyen.cskh1");
            chart = _get(BarChart.class, spec -> spec.withId("dashboard-share-chart"));
        }
    }

    /**
     * Four tasks of a new campaign given to vietyen.cskh1: one due an hour ago, one with a visit booked in two
     * hours, one reached a minute ago, one due later. The clock stands at ten this morning: run after ten at night,
     * "in two hours" would be tomorrow and the day's appointments empty.
     */
    private void myTasks() throws Exception {
        clock.stopAt(LocalDate.now(clock).atTime(10, 0));
        long campaign = campaignInReadiness(jdbc, "Bảng điều khiển nhân viên", List.of(BICH_DONG, BICH_DONG,
                BICH_DONG, BICH_DONG));
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        List<Long> tasks = jdbc.queryForList("SELECT id FROM care_task WHERE campaign_id = ? ORDER BY id", Long.class,
                campaign);
        as("vietyen.truongphong", () -> assignments.assignSelected(campaign, tasks, VIET_YEN_CSKH1));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("UPDATE care_task SET due_at = ? WHERE id = ?", now.minusHours(1), tasks.get(0));
        jdbc.update("UPDATE care_task SET due_at = ?, appointment_at = ? WHERE id = ?", now.plusHours(2),
                now.plusHours(2), tasks.get(1));
        jdbc.update("UPDATE care_task SET state = 'COMPLETED', contacts = 1, last_outcome = 'REACHED_ACCEPTED', "
                + "last_contact_at = ? WHERE id = ?", now.minusMinutes(1), tasks.get(2));
    }

    /** The start of a Vietnamese day as the UTC wall time the columns hold, quoted for SQL. */
    private static String at(LocalDate day) {
        return "'" + day.atStartOfDay(VnFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime() + "'";
    }
}
