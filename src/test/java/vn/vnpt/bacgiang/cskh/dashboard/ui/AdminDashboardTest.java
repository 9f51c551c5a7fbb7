package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.dashboard.ui.DashboardPage.*;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.BarChart;
import vn.vnpt.bacgiang.cskh.base.ui.ChartModel;

/** Rolled back: the lock and the import entry are the test's own. */
@Transactional
class AdminDashboardTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    @Test
    void anAdminsFiguresEqualIndependentCountsAndTheRowsOfTheAuditTrailTheyOpen() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("INSERT INTO login_attempt (kind, subject, failures, last_failure_at, locked_until) "
                + "VALUES ('USER', 'lucnam.cskh1', 5, ?, ?)", now, now.plusMinutes(15));
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor_username, entity_type, entity_id, action, summary) "
                + "VALUES (?, 'kehoach', 'CustomerImport', 'khach-hang.csv', 'CREATE', 'Nhập 3 khách hàng')", now);
        // the real hourly purge may have run and recorded itself in the shared test database
        jdbc.update("DELETE FROM job_run");
        LocalDate today = LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);

        login("admin");

        assertThat(lines("dashboard-locked-list")).hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM login_attempt "
                + "WHERE kind = 'USER' AND locked_until > ?", Integer.class, now)).anySatisfy(line -> assertThat(
                        line.getElement().getTextRecursively()).contains("lucnam.cskh1"));
        long audit = value("tile-audit");
        assertThat(audit).isPositive().isEqualTo(auditCount(null, today.minusDays(6), today));
        long imports = value("tile-imports");
        assertThat(imports).isPositive().isEqualTo(auditCount("CustomerImport", today.minusDays(29), today));
        assertThat(lines("dashboard-jobs-list")).hasSize(2).allSatisfy(line -> assertThat(
                line.getElement().getTextRecursively()).doesNotContain("!dashboard").contains("Chưa chạy lần nào"));

        follow("tile-imports");
        assertThat(rows(auditGrid())).isEqualTo(imports);
        login("admin");
        long auditNow = auditCount(null, today.minusDays(6), today);
        follow("tile-audit");
        assertThat(rows(auditGrid())).isEqualTo(auditNow);
    }

    @Test
    void eachDaysBarCountsThatDaysAuditEntriesAndOpensTheTrailOfThatDay() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
        login("admin");
        BarChart chart = _get(BarChart.class, spec -> spec.withId("dashboard-audit-chart"));
        ChartModel model = java.util.Objects.requireNonNull(chart.getModel());
        int last = model.categories().size() - 1;
        long todays = model.bars().getFirst().values().get(last);

        assertThat(model.categories().get(last)).isEqualTo(VnFormats.date(today));
        assertThat(todays).isEqualTo(auditCount(null, today, today));
        assertThat(chart.getLinks()).hasSize(model.categories().size());
        Location link = new Location(chart.getLinks().get(last));
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        assertThat(rows(auditGrid())).isEqualTo(todays);
    }

    @Test
    void aJobsLastRunAndItsFailureShowOnItsLine() {
        jdbc.update("INSERT INTO job_run (job, last_started_at, last_finished_at, last_millis, last_failure, runs, "
                + "failures) VALUES ('SnapshotSchedule.run', '2026-12-04 16:50:00', '2026-12-04 16:50:01', 1250, "
                + "'SQLTransientConnectionException: timeout', 4, 1)");
        login("admin");

        Div line = lines("dashboard-jobs-list").stream().filter(each -> each.getElement().getTextRecursively()
                .contains("Chụp số liệu bảng phối hợp cuối ngày")).findFirst().orElseThrow();
        assertThat(line.getElement().getTextRecursively()).contains("Lần chạy cuối: 04/12/2026 23:50 (1.250 ms)",
                "Lỗi: SQLTransientConnectionException: timeout", "Lần tới: ");
        assertThat(line.hasClassName("dashboard-line-failed")).isTrue();
    }

    @Test
    void aLockedAccountsLineOpensThatAccountInTheStaffList() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("INSERT INTO login_attempt (kind, subject, failures, last_failure_at, locked_until) "
                + "VALUES ('USER', 'lucnam.cskh1', 5, ?, ?)", now, now.plusMinutes(15));
        login("admin");

        Div line = lines("dashboard-locked-list").stream().filter(each -> each.getElement().getTextRecursively()
                .contains("lucnam.cskh1")).findFirst().orElseThrow();
        Location link = new Location(line.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .findFirst().map(Anchor::getHref).orElseThrow());
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());

        assertThat(_get(TextField.class, spec -> spec.withLabel("Tìm kiếm")).getValue()).isEqualTo("lucnam.cskh1");
        assertThat(rows(_get(Grid.class))).isEqualTo(1);
    }

    @Test
    void inEnglishTheAdminsDashboardNamesItsJobs() {
        useEnglish();
        login("admin");
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-jobs")).getElement().getTextRecursively())
                .contains("Forget old failed sign-ins", "Schedule (cron): 0 17 * * * *", "Not run yet", "Next: ");
        assertThat(label("tile-audit")).isEqualTo("Audit entries in the last 7 days");
    }

    private long auditCount(String type, LocalDate from, LocalDate to) {
        LocalDateTime start = from.atStartOfDay(VnFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        LocalDateTime end = to.plusDays(1).atStartOfDay(VnFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE occurred_at >= ? AND occurred_at < ?"
                + (type == null ? "" : " AND entity_type = '" + type + "'"), Long.class, start, end);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> auditGrid() {
        return _get(Grid.class, spec -> spec.withClasses("audit-grid"));
    }
}
