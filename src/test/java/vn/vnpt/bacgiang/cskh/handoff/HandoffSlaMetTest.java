package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.handoff.HandoffFixture.id;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

/**
 * Whether a hand-off was accepted and resolved in time is stored when it happens, against the deadline the
 * queue shows (working time 7:30–11:30, 13:30–17:00; a repair to TTVT Yên Dũng: 120 min to accept, 420 to
 * resolve), filled in for older rows by V29, and counted per receiving TTVT.
 */
class HandoffSlaMetTest extends PortalTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Autowired
    private HandoffService handoffs;
    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;
    private final List<Long> made = new ArrayList<>();

    /** The hand-offs made here are closed afterwards, so that no other test finds them in a waiting queue. */
    @AfterEach
    void closeTheHandOffsMadeHere() {
        made.forEach(handoff -> jdbc.update("UPDATE handoff SET state = 'CANCELLED', is_open = FALSE, due_at = NULL,"
                + " warn_at = NULL WHERE id = ?", handoff));
    }

    @Test
    void acceptingByTheDeadlineIsMetAndAfterItIsLate() {
        Handoff inTime = raisedAt(LocalDateTime.of(2026, 11, 23, 8, 0));
        Handoff late = raisedAt(LocalDateTime.of(2026, 11, 23, 8, 0));
        assertThat(inTime.getAcceptSlaMet()).isNull();

        assertThat(moveAt(inTime, LocalDateTime.of(2026, 11, 23, 10, 0), HandoffMove.ACCEPT, null).getAcceptSlaMet())
                .isTrue();
        assertThat(moveAt(late, LocalDateTime.of(2026, 11, 23, 10, 1), HandoffMove.ACCEPT, null).getAcceptSlaMet())
                .isFalse();
    }

    @Test
    void acceptingAfterHoursBeforeTheNextWorkingDeadlineIsMet() {
        Handoff handoff = raisedAt(LocalDateTime.of(2026, 11, 23, 16, 30)); // due Tuesday 9:00

        Handoff accepted = moveAt(handoff, LocalDateTime.of(2026, 11, 23, 20, 0), HandoffMove.ACCEPT, null);

        assertThat(accepted.getAcceptSlaMet()).isTrue();
    }

    @Test
    void resolvingByTheDeadlineIsMetAfterItIsLateAndReopeningClearsIt() {
        Handoff inTime = accepted(LocalDateTime.of(2026, 11, 23, 8, 0));
        Handoff late = accepted(LocalDateTime.of(2026, 11, 23, 8, 0));

        Handoff resolved = moveAt(inTime, LocalDateTime.of(2026, 11, 23, 17, 0), HandoffMove.RESOLVE, "Đã sửa");
        assertThat(resolved.getResolveSlaMet()).isTrue();
        assertThat(moveAt(late, LocalDateTime.of(2026, 11, 24, 7, 45), HandoffMove.RESOLVE, "Đã sửa")
                .getResolveSlaMet()).isFalse();

        clock.stopAt(LocalDateTime.of(2026, 11, 24, 9, 0));
        Handoff reopened = fixture.move("yendung.cskh1", inTime, HandoffMove.REOPEN, "Vẫn mất mạng");
        assertThat(reopened.getResolveSlaMet()).isNull();
        assertThat(reopened.getAcceptSlaMet()).isTrue();
    }

    @Test
    void theBackfillOfV29GivesTheFlagsTheLivePathStored() throws IOException {
        List<Handoff> older = List.of(
                moveAt(accepted(LocalDateTime.of(2026, 11, 23, 8, 0)), LocalDateTime.of(2026, 11, 23, 16, 0),
                        HandoffMove.RESOLVE, "Đã sửa"),
                moveAt(raisedAt(LocalDateTime.of(2026, 11, 23, 8, 0)), LocalDateTime.of(2026, 11, 24, 8, 0),
                        HandoffMove.ACCEPT, null),
                moveAt(moveAt(raisedAt(LocalDateTime.of(2026, 11, 23, 16, 30)), LocalDateTime.of(2026, 11, 23, 18, 0),
                        HandoffMove.ACCEPT, null), LocalDateTime.of(2026, 11, 26, 8, 0), HandoffMove.RESOLVE, "Đã sửa"),
                raisedAt(LocalDateTime.of(2026, 11, 23, 8, 0)));
        List<String> live = older.stream().map(this::flags).toList();
        assertThat(live).containsExactly("true/true", "false/null", "true/false", "null/null");
        String all = allFlags();
        String ids = String.join(",", older.stream().map(handoff -> String.valueOf(id(handoff))).toList());
        jdbc.update("UPDATE handoff SET accept_sla_met = NULL, resolve_sla_met = NULL WHERE id IN (" + ids + ")");

        backfill().forEach(jdbc::update);

        assertThat(older.stream().map(this::flags).toList()).isEqualTo(live);
        assertThat(allFlags()).isEqualTo(all);
    }

    @Test
    void everyAcceptedOrResolvedHandOffOfTheDemoCarriesItsFlag() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE accepted_at IS NOT NULL", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE accepted_at IS NOT NULL AND accept_sla_met"
                + " IS NULL OR resolved_at IS NOT NULL AND resolve_sla_met IS NULL", Long.class)).isZero();
    }

    @Test
    void theCountsPerReceivingUnitEqualACountOfTheStoredFlags() throws Exception {
        moveAt(accepted(LocalDateTime.of(2026, 11, 23, 8, 0)), LocalDateTime.of(2026, 11, 24, 8, 0),
                HandoffMove.RESOLVE, "Đã sửa");
        moveAt(raisedAt(LocalDateTime.of(2026, 11, 23, 8, 0)), LocalDateTime.of(2026, 11, 23, 9, 0),
                HandoffMove.RETURN, "Thiếu số thuê bao");
        clock.stopAt(LocalDateTime.of(2026, 12, 4, 10, 0));

        List<ReceiverSla> figures = as("giamdoc", () -> handoffs.slaByReceiver(FROM, TO));

        assertThat(figures).extracting(ReceiverSla::unitId).contains(HandoffFixture.TTVT_YEN_DUNG);
        assertThat(figures.size()).isEqualTo(count("count(distinct receiver_unit_id)", "1 = 1", null));
        for (ReceiverSla unit : figures) {
            long id = unit.unitId();
            assertThat(List.of(unit.received(), unit.acceptedInTime(), unit.acceptedLate(), unit.resolvedInTime(),
                    unit.resolvedLate(), unit.openOverdue(), unit.bounced())).as(unit.unitName()).containsExactly(
                    count("count(*)", "1 = 1", id), count("count(*)", "accept_sla_met = 1", id),
                    count("count(*)", "accept_sla_met = 0", id), count("count(*)", "resolve_sla_met = 1", id),
                    count("count(*)", "resolve_sla_met = 0", id),
                    count("count(*)", "is_open = 1 and due_at < '2026-12-04 03:00:00'", id),
                    count("count(*)", "bounces > 0", id));
        }
    }

    @Test
    void aTtvtSeesOnlyItsOwnFiguresTheDirectorAllAndCareStaffNone() throws Exception {
        raisedAt(LocalDateTime.of(2026, 11, 23, 8, 0));
        clock.stopAt(LocalDateTime.of(2026, 12, 4, 10, 0));

        assertThat(as("ttvt.yendung", () -> handoffs.slaByReceiver(FROM, TO))).extracting(ReceiverSla::unitId)
                .containsExactly(HandoffFixture.TTVT_YEN_DUNG);
        assertThat(as("giamdoc", () -> handoffs.slaByReceiver(FROM, TO))).extracting(ReceiverSla::unitId)
                .containsAll(jdbc.queryForList("SELECT DISTINCT receiver_unit_id FROM handoff WHERE sent_at >= ?"
                        + " AND sent_at < ?", Long.class, start(FROM), start(TO.plusDays(1))));
        assertThatThrownBy(() -> as("yendung.cskh1", () -> handoffs.slaByReceiver(FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachReceiversOpenAndOverdueHandOffsEqualACountAndATtvtSeesOnlyItsOwn() throws Exception {
        raisedAt(LocalDateTime.of(2026, 11, 23, 8, 0));
        clock.stopAt(LocalDateTime.of(2026, 12, 4, 10, 0));

        List<ReceiverLoad> loads = as("giamdoc", () -> handoffs.openByReceiver());

        assertThat(loads).extracting(ReceiverLoad::unitId).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "SELECT DISTINCT receiver_unit_id FROM handoff WHERE is_open", Long.class));
        for (ReceiverLoad unit : loads) {
            assertThat(List.of(unit.open(), unit.overdue())).as(unit.unitName()).containsExactly(
                    jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE is_open AND receiver_unit_id = ?",
                            Long.class, unit.unitId()),
                    jdbc.queryForObject("SELECT COUNT(*) FROM handoff WHERE is_open AND receiver_unit_id = ? "
                            + "AND due_at < '2026-12-04 03:00:00'", Long.class, unit.unitId()));
            assertThat(unit.unitName()).isEqualTo(jdbc.queryForObject("SELECT name FROM unit WHERE id = ?",
                    String.class, unit.unitId()));
        }
        assertThat(as("ttvt.yendung", () -> handoffs.openByReceiver())).extracting(ReceiverLoad::unitId)
                .containsExactly(HandoffFixture.TTVT_YEN_DUNG);
        assertThatThrownBy(() -> as("yendung.cskh1", () -> handoffs.openByReceiver()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Handoff raisedAt(LocalDateTime at) {
        clock.stopAt(at);
        Handoff raised = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        made.add(id(raised));
        return raised;
    }

    private Handoff accepted(LocalDateTime sent) {
        return moveAt(raisedAt(sent), sent.plusMinutes(30), HandoffMove.ACCEPT, null);
    }

    private Handoff moveAt(Handoff handoff, LocalDateTime at, HandoffMove move, String text) {
        clock.stopAt(at);
        return fixture.move(move.side() == HandoffSide.REQUESTER ? "yendung.cskh1" : "ttvt.yendung", handoff, move,
                text);
    }

    private String flags(Handoff handoff) {
        return jdbc.queryForObject("SELECT accept_sla_met, resolve_sla_met FROM handoff WHERE id = ?",
                (rs, row) -> rs.getObject(1, Boolean.class) + "/" + rs.getObject(2, Boolean.class), id(handoff));
    }

    private String allFlags() {
        return String.join(",", jdbc.queryForList("SELECT CONCAT(id, ':', COALESCE(accept_sla_met, '-'),"
                + " COALESCE(resolve_sla_met, '-')) FROM handoff ORDER BY id", String.class));
    }

    private long count(String what, String condition, Long unit) {
        Long found = jdbc.queryForObject("SELECT " + what + " FROM handoff WHERE sent_at >= ? AND sent_at < ? AND "
                + condition + (unit == null ? "" : " AND receiver_unit_id = " + unit), Long.class, start(FROM),
                start(TO.plusDays(1)));
        return found == null ? 0 : found;
    }

    /** The start of the day in Vietnam as the UTC text the handoff table holds. */
    private static String start(LocalDate day) {
        return day.atStartOfDay(VnFormats.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().toString()
                .replace('T', ' ');
    }

    /** The UPDATE statements of the migration, as Flyway runs them. */
    private static List<String> backfill() throws IOException {
        String script = new ClassPathResource("db/migration/V29__handoff_sla_met.sql")
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        return Arrays.stream(script.split(";")).map(String::strip).filter(sql -> sql.startsWith("UPDATE")).toList();
    }
}
