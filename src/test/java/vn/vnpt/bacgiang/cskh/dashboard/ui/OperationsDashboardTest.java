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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.supervision.CorrectiveAction;
import vn.vnpt.bacgiang.cskh.supervision.Finding;
import vn.vnpt.bacgiang.cskh.supervision.FindingFixture;
import vn.vnpt.bacgiang.cskh.supervision.FindingService;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPlan;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;

/**
 * ĐHNV's dashboard (planner, supervisor) and the Director's corrective-action figures, at ten today, with an
 * inspection due today and a submitted one whose findings are acknowledged with an overdue action, disputed,
 * and acknowledged with an action reported done: every figure equals a count made here in SQL and the rows of
 * the list its link opens. Rolled back.
 */
@Transactional
class OperationsDashboardTest extends KaribuTest {

    @Autowired
    private FindingFixture fixture;
    @Autowired
    private FindingService findings;
    @Autowired
    private InspectionService inspections;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    private LocalDate today;

    @BeforeEach
    void inspectionsFindingsAndActionsAtTenOClock() {
        today = LocalDate.now(clock);
        clock.stopAt(today.atTime(10, 0));
        login("giamsat");
        long submitted = fixture.submittedWithFindings();
        inspections.plan(new InspectionPlan(SupervisionFixture.SALES_TEMPLATE, SupervisionFixture.CAMPAIGN,
                SupervisionFixture.LUC_NGAN_SALES, null, null, today));
        login("lucnam.truongphong");
        fixture.acknowledgedWithAction(submitted, FindingFixture.NOT_HANDED_OUT, today.minusDays(1));
        Finding script = fixture.finding(submitted, FindingFixture.SCRIPT);
        findings.dispute(Objects.requireNonNull(script.getId()), script.getVersion(), "Nhân viên đã đọc kịch bản");
        CorrectiveAction callbacks = fixture.acknowledgedWithAction(submitted, FindingFixture.CALLBACKS,
                today.plusDays(7));
        findings.done(Objects.requireNonNull(callbacks.getId()), callbacks.getVersion(), "Đã gọi lại", null);
    }

    @Test
    void theSupervisorsInspectionAndActionFiguresEqualTheirCountsAndTheListsTheyOpen() {
        login("giamsat");

        assertThat(_find(Div.class, spec -> spec.withClasses("director-dashboard"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("dashboard-owned-count"))).as("owns no campaign").isEmpty();
        assertSupervisionFigures();
    }

    @Test
    void thePlannersCampaignsReadinessAndSupervisionFiguresEqualTheirCountsAndTheListsTheyOpen() {
        long planner = login("kehoach").id();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dashboard-as-of")).getText())
                .isEqualTo("Số liệu lúc 10:00");

        long owned = count("SELECT COUNT(*) FROM campaign WHERE owner_id = ? AND state NOT IN ('CLOSED', 'CANCELLED')",
                planner);
        assertThat(followed("dashboard-owned-count", "campaigns/list", this::gridRows)).containsExactly(owned, owned);
        navigate("");
        assertThat((long) lines("dashboard-owned").size()).isEqualTo(owned);

        long notReady = count("SELECT COUNT(*) FROM unit_readiness r JOIN campaign c ON c.id = r.campaign_id "
                + "WHERE c.state = 'READINESS' AND r.confirmed_by IS NULL");
        long inReadiness = count("SELECT COUNT(*) FROM campaign WHERE state = 'READINESS'");
        assertThat((long) lines("dashboard-readiness").size()).isEqualTo(inReadiness);
        assertThat(followed("dashboard-not-ready", "campaigns/list", this::gridRows))
                .containsExactly(notReady, inReadiness);
        assertSupervisionFigures();
    }

    @Test
    void theDirectorsCorrectiveActionFiguresEqualTheirCountsAndTheActionsTheyList() {
        login("giamdoc");

        for (String state : List.of("OPEN", "REOPENED", "DONE")) {
            long counted = count("SELECT COUNT(*) FROM corrective_action WHERE state = ?", state);
            assertThat(followed("dashboard-actions-" + state, "supervision/actions", this::actionCards)).as(state)
                    .containsExactly(counted, counted);
        }
        long overdue = overdueActions();
        assertThat(overdue).isPositive();
        assertThat(followed("dashboard-actions-overdue", "supervision/actions", this::actionCards))
                .containsExactly(overdue, overdue);
    }

    @Test
    void thePlannersDashboardReadsInEnglish() {
        useEnglish();
        login("kehoach");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dashboard-as-of")).getText())
                .isEqualTo("Figures as of 10:00");
        assertThat(label("dashboard-inspections-due")).isEqualTo("Inspections due");
        assertThat(label("dashboard-not-ready")).isEqualTo("Units not confirmed ready");
        assertThat(label("dashboard-owned-count")).isEqualTo("Campaigns not closed");
    }

    private void assertSupervisionFigures() {
        long due = count("SELECT COUNT(*) FROM inspection WHERE state <> 'SUBMITTED' AND planned_on <= ?", today);
        assertThat(due).isPositive();
        assertThat(followed("dashboard-inspections-due", "supervision/inspections", this::inspectionCards))
                .containsExactly(due, due);
        long disputed = count("SELECT COUNT(DISTINCT inspection_id) FROM finding WHERE state = 'DISPUTED'");
        assertThat(disputed).isPositive();
        assertThat(followed("dashboard-inspections-disputed", "supervision/inspections", this::inspectionCards))
                .containsExactly(disputed, disputed);
        long done = count("SELECT COUNT(*) FROM corrective_action WHERE state = 'DONE'");
        assertThat(followed("dashboard-actions-DONE", "supervision/actions", this::actionCards))
                .containsExactly(done, done);
        long overdue = overdueActions();
        assertThat(followed("dashboard-actions-overdue", "supervision/actions", this::actionCards))
                .containsExactly(overdue, overdue);
    }

    private long overdueActions() {
        return count("SELECT COUNT(*) FROM corrective_action WHERE state IN ('OPEN', 'REOPENED') AND due_on < ?", today);
    }

    /** The tile's figure and the number of rows of the list its link opens. */
    private List<Long> followed(String tileId, String expectedPath, java.util.function.LongSupplier rows) {
        navigate("");
        Anchor tile = _get(Anchor.class, spec -> spec.withId(tileId));
        long shown = Long.parseLong(_get(tile, Span.class, spec -> spec.withClasses("card-value")).getText()
                .replace(".", ""));
        AnchorsKt._click(tile);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(expectedPath);
        return List.of(shown, rows.getAsLong());
    }

    private long gridRows() {
        return _size(_get(Grid.class));
    }

    private long inspectionCards() {
        return _find(Div.class, spec -> spec.withClasses("inspection-card")).size();
    }

    private long actionCards() {
        return _find(Div.class, spec -> spec.withClasses("finding-card")).size();
    }

    private static String label(String tileId) {
        return _get(_get(Anchor.class, spec -> spec.withId(tileId)), Span.class, spec -> spec.withClasses("card-label"))
                .getText();
    }

    private static List<Div> lines(String id) {
        return _find(_get(Div.class, spec -> spec.withId(id)), Div.class, spec -> spec.withClasses("dashboard-line"));
    }

    private long count(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, args));
    }
}
