package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vnpt.bacgiang.cskh.handoff.HandoffFixture.id;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.sla.WorkingCalendar;

/** The escalation job, run with times moved past a hand-off's warning and deadline. Rolled back: each run escalates every open hand-off, not only this class's. */
@Transactional
class HandoffEscalationTest extends PortalTest {

    @Autowired
    private HandoffEscalation escalation;
    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EscalationSchedule schedule;
    @Autowired
    private HandoffRepository handoffs;
    @Autowired
    private HandoffEventRepository events;
    @Autowired
    private HandoffSla sla;
    @Autowired
    private HandoffNotices notices;
    @Autowired
    private ReceivingUnits units;
    @Autowired
    private vn.vnpt.bacgiang.cskh.audit.AuditTrail audit;
    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void theReceivingUnitIsWarnedOnceWhenTheWarningTimeComes() {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        Instant warnAt = Objects.requireNonNull(handoff.getWarnAt());

        escalation.run(warnAt.minusSeconds(60));
        assertThat(fixture.reload(handoff).isWarned()).isFalse();
        escalation.run(warnAt.plusSeconds(60));
        escalation.run(warnAt.plusSeconds(120));

        assertThat(fixture.reload(handoff).isWarned()).isTrue();
        assertThat(notices("ttvt.yendung", handoff, "handoff.notice.warning")).isEqualTo(1);
        assertThat(fixture.reload(handoff).getEscalationLevel()).isZero();
    }

    @Test
    void theScheduledRunKeepsWhatItDidAsOfTheClocksNow() {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        jdbc.update("UPDATE handoff SET warn_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)), id(handoff));

        schedule.run();
        schedule.run();

        assertThat(fixture.reload(handoff).isWarned()).isTrue();
        assertThat(notices("ttvt.yendung", handoff, "handoff.notice.warning")).isEqualTo(1);
    }

    @Test
    void anOverdueHandOffGoesToTheTtvtHeadThenToTheDirectorOnceEach() throws Exception {
        Handoff handoff = fixture.raise("tpbg.cskh1", fixture.tpBacGiangCustomer());
        Instant due = Objects.requireNonNull(handoff.getDueAt());

        escalation.run(due.minusSeconds(60));
        assertThat(fixture.reload(handoff).getEscalationLevel()).isZero();

        escalation.run(due.plusSeconds(60));
        escalation.run(due.plusSeconds(120));
        assertThat(fixture.reload(handoff).getEscalationLevel()).isEqualTo(1);
        assertThat(notices("ttvt.tpbg.truongtt", handoff, "handoff.notice.escalated.1")).isEqualTo(1);
        assertThat(notices("ttvt.tpbg", handoff, "handoff.notice.escalated.1")).isZero();
        assertThat(notices("giamdoc", handoff, "handoff.notice.escalated.2")).isZero();

        Instant longLate = calendar.deadline(due, Duration.ofHours(4), java.util.List.of());
        escalation.run(Objects.requireNonNull(longLate).plusSeconds(60));
        escalation.run(longLate.plusSeconds(3600));
        assertThat(fixture.reload(handoff).getEscalationLevel()).isEqualTo(2);
        assertThat(notices("giamdoc", handoff, "handoff.notice.escalated.2")).isEqualTo(1);
        assertThat(notices("phogiamdoc", handoff, "handoff.notice.escalated.2")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handoff_event WHERE handoff_id = ? AND kind = 'ESCALATION'",
                Integer.class, id(handoff))).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Handoff' AND entity_id = ?"
                + " AND action = 'STATE_CHANGE' AND actor_username = 'system'", Integer.class,
                String.valueOf(id(handoff)))).isEqualTo(2);
    }

    @Test
    void aHandOffLongOverdueAtTheFirstRunReachesTheDirectorAtOnce() {
        Handoff handoff = fixture.raise("tpbg.cskh1", fixture.tpBacGiangCustomer());
        Instant due = Objects.requireNonNull(handoff.getDueAt());

        escalation.run(due.plus(Duration.ofDays(7)));

        assertThat(fixture.reload(handoff).getEscalationLevel()).isEqualTo(2);
        assertThat(notices("ttvt.tpbg.truongtt", handoff, "handoff.notice.escalated.1")).isEqualTo(1);
        assertThat(notices("giamdoc", handoff, "handoff.notice.escalated.2")).isEqualTo(1);
    }

    @Test
    void aBacklogOfMoreThanOneBatchIsEscalatedWhole() {
        Handoff first = fixture.raise("tpbg.cskh1", fixture.tpBacGiangCustomer());
        Instant due = Objects.requireNonNull(first.getDueAt());
        for (int more = 0; more < 4; more++) {
            fixture.raise("tpbg.cskh1", fixture.tpBacGiangCustomer());
        }
        Instant weekLate = due.plus(Duration.ofDays(7));
        String unescalated = "SELECT COUNT(*) FROM handoff WHERE is_open AND due_at < ? AND escalation_level < 2";
        java.sql.Timestamp then = java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(weekLate,
                java.time.ZoneOffset.UTC));
        int backlog = jdbc.queryForObject(unescalated, Integer.class, then);
        HandoffEscalation inTwos = new HandoffEscalation(handoffs, events, sla, notices, units, audit,
                Duration.ofHours(4), transactions, 2);

        HandoffEscalation.Result result = inTwos.run(weekLate);

        assertThat(backlog).isGreaterThanOrEqualTo(5);
        assertThat(result.escalated()).isEqualTo(backlog);
        assertThat(jdbc.queryForObject(unescalated, Integer.class, then)).isZero();
    }

    @Test
    void aTtvtWithoutAHeadIsEscalatedToAllItsStaff() {
        assertThat(jdbc.queryForObject("SELECT head_user_id FROM unit WHERE id = ?", Long.class,
                HandoffFixture.TTVT_YEN_DUNG)).isNull();
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());

        escalation.run(Objects.requireNonNull(handoff.getDueAt()).plusSeconds(60));

        assertThat(notices("ttvt.yendung", handoff, "handoff.notice.escalated.1")).isEqualTo(1);
    }

    @Test
    void aHandOffWaitingForTheCustomerIsNotEscalated() {
        Handoff handoff = fixture.raise("yendung.cskh1", fixture.yenDungCustomer());
        Instant due = Objects.requireNonNull(handoff.getDueAt());
        fixture.move("ttvt.yendung", handoff, HandoffMove.ACCEPT, null);
        fixture.move("ttvt.yendung", handoff, HandoffMove.WAIT, "Khách hẹn tuần sau");

        escalation.run(due.plus(Duration.ofDays(3)));

        assertThat(fixture.reload(handoff).getEscalationLevel()).isZero();
    }

    private int notices(String username, Handoff handoff, String messageKey) {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM notice n JOIN user_account a "
                + "ON a.id = n.recipient WHERE a.username = ? AND n.link = ? AND n.message_key = ?", Integer.class,
                username, "handoff/" + id(handoff), messageKey));
    }
}
