package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vnpt.bacgiang.cskh.handoff.HandoffFixture.id;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.sla.SlaState;

class HandoffServiceTest extends PortalTest {

    @Autowired
    private HandoffService handoffs;
    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aRepairGoesToTheTtvtOfTheCustomersDistrictWithItsContextPacketAndTargets() throws Exception {
        Customer customer = fixture.yenDungCustomer();
        Handoff raised = fixture.raise("yendung.cskh1", customer);

        assertThat(raised.getState()).isEqualTo(HandoffState.SENT);
        assertThat(raised.getReceiverUnitId()).isEqualTo(HandoffFixture.TTVT_YEN_DUNG);
        assertThat(raised.getRequesterUnitName()).isEqualTo("Cửa hàng giao dịch Neo");
        ContextPacket packet = raised.packet();
        assertThat(packet.customerName()).isEqualTo("Nguyễn Văn Dũng");
        assertThat(packet.customerDistrict()).isEqualTo("YDG");
        assertThat(Objects.requireNonNull(packet.facts()).overdueAmount()).isEqualTo(260_000);
        assertThat(packet.contacts()).singleElement().satisfies(contact ->
                assertThat(contact.outcome()).isEqualTo("Đã liên hệ, khách báo mất mạng"));
        assertThat(raised.getAcceptMinutes()).isEqualTo(120);
        assertThat(raised.getResolveMinutes()).isEqualTo(420);
        assertThat(raised.getDueAt()).isAfter(raised.getSentAt());
        assertThat(raised.getWarnAt()).isBetween(raised.getSentAt(), raised.getDueAt());
        assertThat(audits(raised, "CREATE")).isEqualTo(1);
        assertThat(notices("ttvt.yendung", raised)).isEqualTo(1);
    }

    @Test
    void aHandOffGoesFromTheStoreThroughTheTtvtToTheRequestersConfirmationWithItsHistory() throws Exception {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());

        fixture.move("ttvt.yendung", handoff, HandoffMove.ACCEPT, null);
        fixture.move("ttvt.yendung", handoff, HandoffMove.START, null);
        Handoff waiting = fixture.move("ttvt.yendung", handoff, HandoffMove.WAIT, "Khách đi vắng đến chiều");
        assertThat(waiting.getDueAt()).isNull();
        assertThat(as("ttvt.yendung", () -> handoffs.sla(waiting)).state()).isEqualTo(SlaState.PAUSED);
        Handoff resumed = fixture.move("ttvt.yendung", handoff, HandoffMove.RESUME, null);
        assertThat(resumed.getDueAt()).isNotNull();
        Handoff resolved = fixture.move("ttvt.yendung", handoff, HandoffMove.RESOLVE, "Đã thay dây thuê bao");
        assertThat(resolved.getResolution()).isEqualTo("Đã thay dây thuê bao");
        assertThat(resolved.getDueAt()).isNull();
        assertThat(as("yendung.cskh1", () -> handoffs.sla(resolved)).state()).isEqualTo(SlaState.MET);
        Handoff confirmed = fixture.move("yendung.cskh1", handoff, HandoffMove.CONFIRM, null);

        assertThat(confirmed.getState()).isEqualTo(HandoffState.CONFIRMED);
        assertThat(confirmed.isOpen()).isFalse();
        List<HandoffEvent> history = as("yendung.cskh1", () -> handoffs.events(id(handoff)));
        assertThat(history).extracting(HandoffEvent::getMove).containsExactly(null, HandoffMove.ACCEPT,
                HandoffMove.START, HandoffMove.WAIT, HandoffMove.RESUME, HandoffMove.RESOLVE, HandoffMove.CONFIRM);
        assertThat(history.get(3).getText()).isEqualTo("Khách đi vắng đến chiều");
        assertThat(audits(handoff, "STATE_CHANGE")).isEqualTo(6);
        assertThat(notices("yendung.cskh1", handoff)).isEqualTo(1);
    }

    @Test
    void aReturnedHandOffCountsABounceAndTheRequesterCorrectsAndResendsIt() throws Exception {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        Handoff returned = fixture.move("ttvt.yendung", handoff, HandoffMove.RETURN, "Thiếu số thuê bao cần sửa");

        assertThat(returned.getState()).isEqualTo(HandoffState.RETURNED);
        assertThat(returned.getBounces()).isEqualTo(1);
        assertThat(returned.getDueAt()).isNull();
        assertThat(notices("yendung.cskh1", handoff)).isEqualTo(1);

        Handoff resent = as("yendung.cskh1", () -> handoffs.resend(id(handoff), returned.getVersion(),
                HandoffPriority.HIGH, "Thuê bao 0912 345 678 mất mạng"));
        assertThat(resent.getState()).isEqualTo(HandoffState.SENT);
        assertThat(resent.getBounces()).isEqualTo(1);
        assertThat(resent.getReturnedReason()).isNull();
        assertThat(resent.getDescription()).isEqualTo("Thuê bao 0912 345 678 mất mạng");
        assertThat(resent.getAcceptMinutes()).isEqualTo(60);
        assertThat(audits(handoff, "UPDATE")).isEqualTo(1);
        assertThat(fixture.move("ttvt.yendung", handoff, HandoffMove.ACCEPT, null).getState())
                .isEqualTo(HandoffState.ACCEPTED);
    }

    @Test
    void aReopenedHandOffGoesBackToWorkAndIsCounted() {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        fixture.move("ttvt.yendung", handoff, HandoffMove.ACCEPT, null);
        fixture.move("ttvt.yendung", handoff, HandoffMove.RESOLVE, "Đã kiểm tra, mạng bình thường");

        assertThatThrownBy(() -> fixture.move("yendung.cskh1", handoff, HandoffMove.REOPEN, " "))
                .isInstanceOf(RuleViolation.class).hasMessage("handoff.text.required.REOPEN");
        Handoff reopened = fixture.move("yendung.cskh1", handoff, HandoffMove.REOPEN, "Khách vẫn mất mạng buổi tối");

        assertThat(reopened.getState()).isEqualTo(HandoffState.IN_PROGRESS);
        assertThat(reopened.getReopens()).isEqualTo(1);
        assertThat(reopened.getDueAt()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = HandoffMove.class, names = {"ACCEPT", "RETURN"})
    void onlyTheReceivingTtvtAcceptsOrReturns(HandoffMove move) {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());

        for (String other : List.of("yendung.cskh1", "yendung.truongphong", "giamdoc")) {
            assertThatThrownBy(() -> fixture.move(other, handoff, move, "Lý do"))
                    .isInstanceOf(RuleViolation.class).hasMessage("handoff.refused.RECEIVER");
        }
        assertThatThrownBy(() -> fixture.move("ttvt.tpbg", handoff, move, "Lý do"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.reload(handoff).getState()).isEqualTo(HandoffState.SENT);
        assertThat(fixture.move("ttvt.yendung", handoff, move, "Lý do").getState()).isEqualTo(move.to());
    }

    @ParameterizedTest
    @EnumSource(value = HandoffMove.class, names = {"CONFIRM", "REOPEN"})
    void onlyTheRequestingSideConfirmsOrReopens(HandoffMove move) {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        fixture.move("ttvt.yendung", handoff, HandoffMove.ACCEPT, null);
        fixture.move("ttvt.yendung", handoff, HandoffMove.RESOLVE, "Đã xong");

        assertThatThrownBy(() -> fixture.move("ttvt.yendung", handoff, move, "Lý do"))
                .isInstanceOf(RuleViolation.class).hasMessage("handoff.refused.REQUESTER");
        assertThatThrownBy(() -> fixture.move("kehoach", handoff, move, "Lý do"))
                .isInstanceOf(RuleViolation.class).hasMessage("handoff.refused.REQUESTER");
        assertThat(fixture.move("yendung.truongphong", handoff, move, "Lý do").getState()).isEqualTo(move.to());
    }

    @Test
    void everyMoveFromTheWrongStateIsRefusedAndNothingChanges() {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        for (HandoffMove move : EnumSet.complementOf(EnumSet.of(HandoffMove.ACCEPT, HandoffMove.RETURN,
                HandoffMove.CANCEL))) {
            String actor = move.side() == HandoffSide.RECEIVER ? "ttvt.yendung" : "yendung.cskh1";
            assertThatThrownBy(() -> fixture.move(actor, handoff, move, "Lý do"))
                    .isInstanceOf(RuleViolation.class).hasMessage("handoff.refused.state");
        }
        Handoff unchanged = fixture.reload(handoff);
        assertThat(unchanged.getState()).isEqualTo(HandoffState.SENT);
        assertThat(unchanged.getVersion()).isEqualTo(handoff.getVersion());
    }

    @Test
    void theRequesterCancelsASentHandOffWithAReasonOnly() {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());

        assertThatThrownBy(() -> fixture.move("yendung.cskh1", handoff, HandoffMove.CANCEL, ""))
                .isInstanceOf(RuleViolation.class).hasMessage("handoff.text.required.CANCEL");
        Handoff cancelled = fixture.move("yendung.cskh1", handoff, HandoffMove.CANCEL, "Khách tự xử lý được");
        assertThat(cancelled.getState()).isEqualTo(HandoffState.CANCELLED);
        assertThat(cancelled.isOpen()).isFalse();
    }

    @Test
    void aMoveOnAStaleVersionIsRefusedAndNothingChanges() throws Exception {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        long stale = handoff.getVersion();
        fixture.move("ttvt.yendung", handoff, HandoffMove.ACCEPT, null);

        assertThatThrownBy(() -> as("yendung.cskh1", () -> handoffs.move(id(handoff), stale, HandoffMove.CANCEL,
                "Hủy"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(fixture.reload(handoff).getState()).isEqualTo(HandoffState.ACCEPTED);
    }

    @Test
    void bothSidesWriteInTheThreadAndOutsidersCannot() throws Exception {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());

        as("ttvt.yendung", () -> handoffs.comment(id(handoff), "Chiều nay 15h kỹ thuật đến được không?"));
        as("yendung.cskh1", () -> handoffs.comment(id(handoff), "Khách đồng ý 15h."));
        assertThatThrownBy(() -> as("ttvt.tpbg", () -> handoffs.comment(id(handoff), "Nhầm")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ttvt.yendung", () -> handoffs.comment(id(handoff), "  ")))
                .isInstanceOf(RuleViolation.class);

        assertThat(as("giamsat", () -> handoffs.events(id(handoff)))).filteredOn(event ->
                        event.getKind() == HandoffEvent.Kind.MESSAGE).extracting(HandoffEvent::getText)
                .containsExactly("Chiều nay 15h kỹ thuật đến được không?", "Khách đồng ý 15h.");
    }

    @Test
    void theMovesOfferedTellEachSideWhyTheOtherSidesMovesAreNotTheirs() throws Exception {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());

        assertThat(as("ttvt.yendung", () -> handoffs.moves(handoff))).allSatisfy(option ->
                assertThat(option.allowed()).isEqualTo(option.move() != HandoffMove.CANCEL));
        assertThat(as("yendung.cskh1", () -> handoffs.moves(handoff))).filteredOn(option -> !option.allowed())
                .extracting(MoveOption::refusalKey).containsOnly("handoff.refused.RECEIVER");
    }

    @Test
    void theQueueSortsByPriorityMostUrgentFirstAndByDeadlineWithinAPriority() throws Exception {
        Customer customer = fixture.yenDungCustomer();
        List<Long> raised = new java.util.ArrayList<>();
        for (HandoffPriority priority : List.of(HandoffPriority.LOW, HandoffPriority.URGENT, HandoffPriority.NORMAL,
                HandoffPriority.HIGH, HandoffPriority.URGENT)) {
            raised.add(id(fixture.raise("yendung.cskh1", HandoffFixture.draft(customer, HandoffType.REPAIR, priority))));
        }

        assertThat(queueOrder(QueueFilter.of(QueueFilter.Mode.RECEIVED).sortedBy(QueueFilter.Sort.PRIORITY, true),
                raised)).containsExactly(raised.get(1), raised.get(4), raised.get(3), raised.get(2), raised.get(0));
        assertThat(queueOrder(QueueFilter.of(QueueFilter.Mode.RECEIVED).sortedBy(QueueFilter.Sort.PRIORITY, false),
                raised)).containsExactly(raised.get(0), raised.get(2), raised.get(3), raised.get(1), raised.get(4));
    }

    private List<Long> queueOrder(QueueFilter filter, List<Long> ours) throws Exception {
        return as("ttvt.yendung", () -> handoffs.queue(filter, 0, 1000)).stream()
                .map(row -> id(row.handoff())).filter(ours::contains).toList();
    }

    private int audits(Handoff handoff, String action) {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = "
                + "'Handoff' AND entity_id = ? AND action = ?", Integer.class, String.valueOf(id(handoff)), action));
    }

    private int notices(String username, Handoff handoff) {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM notice n JOIN user_account a "
                + "ON a.id = n.recipient WHERE a.username = ? AND n.link = ?", Integer.class, username,
                "handoff/" + id(handoff)));
    }
}
