package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.execution.ExecutionFixture.*;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.WorklistFilter;

class HomeWaitingTasksTest extends KaribuTest {

    @Autowired
    private TestClock clock;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;

    @Test
    void aCareWorkerSeesTheirTasksDueTodayFirstWithALinkThatOpensTheWorklistFilteredToThem() throws Exception {
        String worker = busiestCareWorker();
        LocalDate today = firstDueDay(worker);
        clock.stopAt(today.atTime(10, 0));
        long due = dueByEndOf(today, worker);
        assertThat(due).isPositive();

        login(worker);

        H3 firstHeading = _find(H3.class).getFirst();
        assertThat(firstHeading.getText()).isEqualTo("Việc chờ bạn");
        Anchor link = _get(Anchor.class, spec -> spec.withText(VnFormats.number(due)
                + " nhiệm vụ chăm sóc đến hạn đến hết hôm nay"));
        assertThat(link.getHref()).isEqualTo("worklist?view=DUE_TODAY");

        String[] href = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));

        @SuppressWarnings("unchecked")
        Select<WorklistFilter> view = _get(Select.class, spec -> spec.withLabel("Xem"));
        assertThat(view.getValue()).isEqualTo(WorklistFilter.DUE_TODAY);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withClasses("worklist-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(due);
    }

    @Test
    void aCareWorkerWithNothingDueTodayIsNotShownATaskLine() {
        LocalDate longAgo = LocalDate.of(2020, 1, 1);
        clock.stopAt(longAgo.atTime(10, 0));
        assertThat(dueByEndOf(longAgo, "tpbg.cskh1")).isZero();

        login("tpbg.cskh1");

        assertThat(_find(Div.class, spec -> spec.withClasses("waiting-item")).stream()
                .map(Component::getChildren).flatMap(children -> children.limit(1))
                .map(child -> child.getElement().getText())).noneMatch(text -> text.contains("nhiệm vụ chăm sóc"));
    }

    @Test
    void aTelecomCentersStaffSeeNoCareTaskLines() throws Exception {
        clock.stopAt(firstDueDay(busiestCareWorker()).atTime(10, 0));

        login("ttvt.tpbg");

        assertThat(_find(Anchor.class)).noneMatch(anchor -> anchor.getHref().startsWith("worklist?view="));
    }

    /** A care worker of the Bích Động store with open tasks of a campaign this test starts. */
    private String busiestCareWorker() throws Exception {
        long campaign = campaignInReadiness(jdbc, "Việc chờ bạn", List.of(BICH_DONG, BICH_DONG, BICH_DONG));
        as("giamdoc", () -> {
            startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
        return "vietyen.cskh1";
    }

    /** The day the care worker's earliest open task falls due, in Vietnam. */
    private LocalDate firstDueDay(String username) {
        LocalDateTime first = jdbc.queryForObject("SELECT MIN(t.due_at) FROM care_task t JOIN user_account u "
                + "ON u.id = t.assignee_id WHERE u.username = ? AND t.state = 'OPEN'", LocalDateTime.class, username);
        assertThat(first).as("an open task of " + username).isNotNull();
        return first.atOffset(ZoneOffset.UTC).atZoneSameInstant(VnFormats.ZONE).toLocalDate();
    }

    private long dueByEndOf(LocalDate day, String username) {
        LocalDateTime end = day.plusDays(1).atStartOfDay(VnFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM care_task t JOIN user_account u ON u.id = t.assignee_id "
                + "WHERE u.username = ? AND t.state = 'OPEN' AND t.due_at < ?", Long.class, username, end);
        return count == null ? 0 : count;
    }
}
