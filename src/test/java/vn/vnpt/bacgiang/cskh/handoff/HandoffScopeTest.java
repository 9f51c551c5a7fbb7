package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.handoff.HandoffFixture.id;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;

/** Who sees which hand-offs, per role, with one hand-off in Yên Dũng and one in TP Bắc Giang. */
class HandoffScopeTest extends PortalTest {

    @Autowired
    private HandoffService handoffs;
    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;

    private Handoff yenDung;
    private Handoff tpBacGiang;

    @BeforeEach
    void raiseOneInEachDistrict() {
        yenDung = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        tpBacGiang = fixture.raise("tpbg.cskh1", fixture.tpBacGiangCustomer());
    }

    @ParameterizedTest(name = "{0} sees the {1} hand-off only")
    @CsvSource({
            "yendung.cskh1,       SENT,     YDG",
            "yendung.truongphong, SENT,     YDG",
            "ttvt.yendung,        RECEIVED, YDG",
            "tpbg.cskh1,          SENT,     BGG",
            "tpbg.truongphong,    SENT,     BGG",
            "ttvt.tpbg,           RECEIVED, BGG"})
    void sidesSeeOnlyTheHandOffsOfTheirUnits(String username, QueueFilter.Mode mode, String district)
            throws Exception {
        Handoff mine = district.equals("YDG") ? yenDung : tpBacGiang;
        Handoff other = district.equals("YDG") ? tpBacGiang : yenDung;

        List<Long> queue = ids(as(username, () -> handoffs.queue(QueueFilter.of(mode), 0, 1000)));
        assertThat(queue).contains(id(mine)).doesNotContain(id(other));
        assertThat(as(username, () -> handoffs.get(id(mine)))).isEqualTo(mine);
        assertThatThrownBy(() -> as(username, () -> handoffs.get(id(other)))).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"giamdoc", "kehoach", "giamsat", "admin"})
    void operationsTheDirectorAndAdminsSeeEveryHandOffAndFilterByReceivingUnit(String username) throws Exception {
        assertThat(ids(as(username, () -> handoffs.queue(QueueFilter.of(QueueFilter.Mode.ALL), 0, 1000))))
                .contains(id(yenDung), id(tpBacGiang));
        QueueFilter toYenDung = new QueueFilter(QueueFilter.Mode.ALL, Set.of(), null, null,
                HandoffFixture.TTVT_YEN_DUNG, false, QueueFilter.Sort.DEADLINE, true);
        assertThat(ids(as(username, () -> handoffs.queue(toYenDung, 0, 1000))))
                .contains(id(yenDung)).doesNotContain(id(tpBacGiang));
    }

    @Test
    void onlyOperationsTheDirectorAndAdminsMayAskForEveryHandOff() {
        for (String username : List.of("yendung.cskh1", "yendung.truongphong", "ttvt.yendung")) {
            assertThatThrownBy(() -> as(username, () -> handoffs.queue(QueueFilter.of(QueueFilter.Mode.ALL), 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("ttvt.yendung", () -> handoffs.queue(QueueFilter.of(QueueFilter.Mode.SENT), 0,
                10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRequesterRaisesHandOffsOnlyForCustomersOfTheirScopeAndTtvtStaffRaiseNone() {
        assertThatThrownBy(() -> fixture.raise("yendung.cskh1", fixture.tpBacGiangCustomer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.raise("ttvt.yendung", fixture.yenDungCustomer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.raise("giamdoc", fixture.yenDungCustomer()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTtvtQueueShowsOverdueHandOffsFirstThenByDeadlineAndFiltersOverdueOnes() throws Exception {
        Handoff late = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        jdbc.update("UPDATE handoff SET due_at = NOW(6) - INTERVAL 2 HOUR WHERE id = ?", id(late));

        List<Long> queue = ids(as("ttvt.yendung", () -> handoffs.queue(QueueFilter.of(QueueFilter.Mode.RECEIVED), 0,
                1000)));
        assertThat(queue.indexOf(id(late))).isLessThan(queue.indexOf(id(yenDung)));
        QueueFilter overdue = new QueueFilter(QueueFilter.Mode.RECEIVED, Set.of(), null, null, null, true,
                QueueFilter.Sort.DEADLINE, true);
        List<HandoffRow> rows = as("ttvt.yendung", () -> handoffs.queue(overdue, 0, 1000));
        assertThat(ids(rows)).contains(id(late)).doesNotContain(id(yenDung));
        assertThat(rows).allSatisfy(row -> assertThat(row.sla()).isNotNull());
        assertThat(as("ttvt.yendung", handoffs::overdueReceived)).isPositive();
    }

    @Test
    void theHomeFiguresCountTheOpenAndOverdueHandOffsOfTheUsersQueue() throws Exception {
        HandoffFigures before = as("ttvt.yendung", handoffs::home);
        Handoff late = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        jdbc.update("UPDATE handoff SET due_at = NOW(6) - INTERVAL 1 HOUR WHERE id = ?", id(late));

        HandoffFigures after = as("ttvt.yendung", handoffs::home);
        assertThat(after.mode()).isEqualTo(QueueFilter.Mode.RECEIVED);
        assertThat(after.open()).isEqualTo(before.open() + 1);
        assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(as("yendung.cskh1", handoffs::home).mode()).isEqualTo(QueueFilter.Mode.SENT);
        assertThat(as("giamdoc", handoffs::home).mode()).isEqualTo(QueueFilter.Mode.ALL);
    }

    @Test
    void aPagedQueueSortedByCustomerNameComesBackInPages() throws Exception {
        QueueFilter byName = QueueFilter.of(QueueFilter.Mode.ALL).sortedBy(QueueFilter.Sort.CUSTOMER, true);
        List<HandoffRow> first = as("giamdoc", () -> handoffs.queue(byName, 0, 2));
        List<HandoffRow> second = as("giamdoc", () -> handoffs.queue(byName, 1, 2));

        assertThat(first).hasSize(2);
        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
        assertThat(first.get(0).handoff().getCustomerName())
                .isLessThanOrEqualTo(first.get(1).handoff().getCustomerName());
    }

    private static List<Long> ids(List<HandoffRow> rows) {
        return rows.stream().map(row -> id(row.handoff())).toList();
    }
}
