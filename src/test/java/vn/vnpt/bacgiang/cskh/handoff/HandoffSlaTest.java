package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.sla.Pause;
import vn.vnpt.bacgiang.cskh.sla.SlaState;

/**
 * A hand-off's deadlines in working time (7:30–11:30, 13:30–17:00, Monday to Friday, the seeded
 * holidays), with a one-working-day resolve target and the clock paused while waiting for the customer.
 */
class HandoffSlaTest extends PortalTest {

    @Autowired
    private HandoffSla sla;

    @Test
    void aWorkingDaysTargetSentOnAMondayMorningIsDueThatEvening() {
        Handoff handoff = accepted(at(2026, 11, 23, 8, 0));
        sla.recompute(handoff, List.of());

        assertThat(handoff.getDueAt()).isEqualTo(at(2026, 11, 23, 17, 0));
        assertThat(handoff.getWarnAt()).isEqualTo(at(2026, 11, 23, 15, 15));
    }

    @Test
    void theTimeWaitingForTheCustomerIsNotCounted() {
        Handoff handoff = accepted(at(2026, 11, 23, 8, 0));
        Pause waited = new Pause(at(2026, 11, 23, 10, 0), at(2026, 11, 23, 14, 0)); // 2 working hours
        sla.recompute(handoff, List.of(waited));

        assertThat(handoff.getDueAt()).isEqualTo(at(2026, 11, 24, 9, 30));
    }

    @Test
    void whileTheCustomerIsAwaitedThereIsNoDeadlineAndTheClockShowsPaused() {
        Handoff handoff = accepted(at(2026, 11, 23, 8, 0));
        handoff.moveTo(HandoffState.WAITING_CUSTOMER);
        List<Pause> open = List.of(new Pause(at(2026, 11, 23, 10, 0), null));
        sla.recompute(handoff, open);

        assertThat(handoff.getDueAt()).isNull();
        assertThat(Objects.requireNonNull(sla.clock(handoff, open, at(2026, 11, 30, 10, 0))).state())
                .isEqualTo(SlaState.PAUSED);
    }

    @Test
    void aFridayAfternoonHandOffRunsOverTheWeekendIntoMonday() {
        Handoff handoff = accepted(at(2026, 11, 27, 16, 0));
        sla.recompute(handoff, List.of());

        assertThat(handoff.getDueAt()).isEqualTo(at(2026, 11, 30, 15, 30));
    }

    @Test
    void aHandOffSentBeforeTetIsDueAfterTheBreak() {
        Handoff handoff = accepted(at(2026, 2, 13, 16, 0));
        sla.recompute(handoff, List.of());

        assertThat(handoff.getDueAt()).isEqualTo(at(2026, 2, 23, 15, 30));
    }

    @Test
    void theAcceptClockRunsWhileSentAndAResolvedHandOffIsMetOrMissed() {
        Handoff handoff = new Handoff(HandoffType.REPAIR, HandoffPriority.NORMAL, "Mất mạng");
        handoff.targets(target(120, 420));
        handoff.sent(at(2026, 11, 23, 8, 0));
        handoff.moveTo(HandoffState.SENT);
        sla.recompute(handoff, List.of());
        assertThat(handoff.getDueAt()).isEqualTo(at(2026, 11, 23, 10, 0));

        handoff.moveTo(HandoffState.RESOLVED);
        handoff.resolved(at(2026, 11, 24, 9, 0), "Đã sửa");
        assertThat(Objects.requireNonNull(sla.clock(handoff, List.of(), at(2026, 11, 25, 9, 0))).state())
                .isEqualTo(SlaState.MISSED);
        handoff.resolved(at(2026, 11, 23, 16, 0), "Đã sửa");
        assertThat(Objects.requireNonNull(sla.clock(handoff, List.of(), at(2026, 11, 25, 9, 0))).state())
                .isEqualTo(SlaState.MET);
    }

    private static Handoff accepted(Instant sent) {
        Handoff handoff = new Handoff(HandoffType.REPAIR, HandoffPriority.NORMAL, "Mất mạng");
        handoff.targets(target(120, 420));
        handoff.sent(sent);
        handoff.moveTo(HandoffState.ACCEPTED);
        return handoff;
    }

    private static SlaTarget target(int accept, int resolve) {
        SlaTarget target = new SlaTarget();
        target.setAcceptMinutes(accept);
        target.setResolveMinutes(resolve);
        target.setWarnPercent(75);
        return target;
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(VnFormats.ZONE).toInstant();
    }
}
