package vn.vnpt.bacgiang.cskh.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.dashboard.ui.DashboardPage.*;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.handoff.Handoff;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffMove;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;

/** Rolled back: the hand-offs are the test's own. */
@Transactional
class TtvtDashboardTest extends KaribuTest {

    private static final String OPEN_STATES = "('SENT', 'ACCEPTED', 'IN_PROGRESS', 'WAITING_CUSTOMER')";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private HandoffService handoffs;
    @Autowired
    private TestClock clock;

    @Test
    void aTelecomCentersTilesEqualIndependentCountsAndTheRowsOfTheQueueTheyOpen() throws Exception {
        arrange();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, String> conditions = Map.of(
                "SENT", "state = 'SENT'", "ACCEPTED", "state = 'ACCEPTED'", "IN_PROGRESS", "state = 'IN_PROGRESS'",
                "WAITING_CUSTOMER", "state = 'WAITING_CUSTOMER'", "RETURNED", "state = 'RETURNED'",
                "overdue", "state IN " + OPEN_STATES + " AND due_at < '" + now + "'",
                "near", "state IN " + OPEN_STATES + " AND warn_at <= '" + now + "' AND due_at >= '" + now + "'");

        for (String tile : List.of("SENT", "ACCEPTED", "IN_PROGRESS", "WAITING_CUSTOMER", "RETURNED", "overdue",
                "near")) {
            login("ttvt.tpbg");
            long shown = value("dashboard-received-" + tile);
            assertThat(shown).as(tile).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE "
                    + "receiver_unit_id = ? AND " + conditions.get(tile), Long.class, HandoffFixture.TTVT_TP_BG));
            follow("dashboard-received-" + tile);
            @SuppressWarnings("unchecked")
            Grid<Object> queue = _get(Grid.class, spec -> spec.withId("handoff-queue"));
            assertThat(rows(queue)).as(tile).isEqualTo(shown);
        }
        login("ttvt.tpbg");
        assertThat(value("dashboard-received-overdue")).isPositive();
        assertThat(value("dashboard-received-near")).isPositive();
        assertThat(value("dashboard-received-ACCEPTED")).isPositive();
    }

    @Test
    void theSlaFiguresOfTheMonthAreTheStoredFlagsCountedInBothLanguages() throws Exception {
        arrange();
        LocalDate today = LocalDate.ofInstant(clock.instant(), VnFormats.ZONE);
        LocalDateTime from = today.withDayOfMonth(1).atStartOfDay(VnFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        Map<String, Object> flags = jdbc.queryForMap("SELECT COALESCE(SUM(accept_sla_met = TRUE), 0) AS met, "
                + "COALESCE(SUM(accept_sla_met = FALSE), 0) AS late, COALESCE(SUM(bounces > 0), 0) AS bounced "
                + "FROM handoff WHERE receiver_unit_id = ? AND sent_at >= ?", HandoffFixture.TTVT_TP_BG, from);
        long met = ((Number) flags.get("met")).longValue();
        long late = ((Number) flags.get("late")).longValue();
        BigDecimal rate = Figures.percent(met, met + late);

        login("ttvt.tpbg");
        assertThat(figure("sla-accept")).isEqualTo(rate == null ? "—" : VnFormats.number(rate) + " %");
        assertThat(figure("sla-bounced")).isEqualTo(VnFormats.number((Number) flags.get("bounced")));

        useEnglish();
        login("ttvt.tpbg");
        assertThat(figure("sla-accept")).isEqualTo(rate == null ? "—" : VnFormats.number(rate) + " %");
        assertThat(_get(_get(Div.class, spec -> spec.withId("sla-accept")), Span.class,
                spec -> spec.withClasses("card-label")).getText()).isEqualTo("Accepted in time");
        assertThat(label("dashboard-received-overdue")).isEqualTo("Overdue");
    }

    /** Three hand-offs to TP Bắc Giang's TTVT: one accepted, one overdue, one past its warning time. */
    private void arrange() throws Exception {
        Handoff accepted = fixture.raise("tpbg.cskh1", fixture.tpBacGiangCustomer());
        Handoff overdue = fixture.raise("tpbg.cskh1", fixture.tpBacGiangCustomer());
        Handoff near = fixture.raise("tpbg.cskh1", fixture.tpBacGiangCustomer());
        as("ttvt.tpbg", () -> handoffs.move(accepted.getId(), accepted.getVersion(), HandoffMove.ACCEPT, null));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("UPDATE handoff SET due_at = ? WHERE id = ?", now.minusHours(1), overdue.getId());
        jdbc.update("UPDATE handoff SET warn_at = ?, due_at = ? WHERE id = ?", now.minusMinutes(5), now.plusHours(1),
                near.getId());
    }

    private static String figure(String id) {
        return _get(_get(Div.class, spec -> spec.withId(id)), Span.class, spec -> spec.withClasses("card-value"))
                .getText();
    }
}
