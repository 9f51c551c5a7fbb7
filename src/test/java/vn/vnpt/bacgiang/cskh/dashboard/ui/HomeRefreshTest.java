package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.dashboard.ui.DashboardPage.tile;
import static vn.vnpt.bacgiang.cskh.dashboard.ui.DashboardPage.value;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Polling;

/** Rolled back: the audit entry another user writes is the test's own. */
@Transactional
class HomeRefreshTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;

    @Test
    void anOpenDashboardShowsAnotherUsersChangeAfterTheRefreshTick() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 5, 9, 0);
        clock.stopAt(start);
        login("admin");
        long before = value("tile-audit");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(HomeView.REFRESH_MILLIS);

        jdbc.update("INSERT INTO audit_entry (occurred_at, actor_username, entity_type, entity_id, action, summary) "
                + "VALUES (?, 'kehoach', 'Campaign', '1', 'UPDATE', 'Sửa chương trình')",
                start.atZone(VnFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        assertThat(value("tile-audit")).isEqualTo(before);
        clock.stopAt(start.plusSeconds(61));
        tick();

        assertThat(value("tile-audit")).isEqualTo(before + 1);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dashboard-as-of")).getText()).contains("09:01");
    }

    @Test
    void anUnchangedDashboardKeepsWhatIsShownAndOnlyMovesItsTime() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 5, 9, 0);
        clock.stopAt(start);
        login("admin");
        Anchor tile = tile("tile-audit");

        clock.stopAt(start.plusSeconds(61));
        tick();

        assertThat(tile("tile-audit")).isSameAs(tile);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dashboard-as-of")).getText()).contains("09:01");
    }

    @Test
    void aPollBeforeTheRefreshIntervalReadsNothingAgain() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 5, 9, 0);
        clock.stopAt(start);
        login("admin");
        long before = value("tile-audit");
        jdbc.update("INSERT INTO audit_entry (occurred_at, actor_username, entity_type, entity_id, action, summary) "
                + "VALUES (?, 'kehoach', 'Campaign', '1', 'UPDATE', 'Sửa chương trình')",
                start.atZone(VnFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());

        clock.stopAt(start.plusSeconds(10));
        tick();

        assertThat(value("tile-audit")).isEqualTo(before);
    }

    @Test
    void anImportsFasterPollingEndingLeavesTheDashboardsRefreshOn() {
        login("admin");
        UI ui = UI.getCurrent();

        Registration importing = Polling.request(ui, 500);
        assertThat(ui.getPollInterval()).isEqualTo(500);
        importing.remove();

        assertThat(ui.getPollInterval()).isEqualTo(HomeView.REFRESH_MILLIS);
    }

    @Test
    void leavingTheDashboardStopsItsRefresh() {
        login("admin");
        UI.getCurrent().navigate("audit");

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(ComponentUtil.getListeners(UI.getCurrent(), PollEvent.class)).isEmpty();
    }

    private static void tick() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }
}
