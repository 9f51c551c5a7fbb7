package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.execution.WorklistRow;

/** Rolled back: the demo only starts on an empty hand-off table, so this test empties it of other tests' hand-offs. */
@Transactional
class DemoHandoffsTest extends PortalTest {

    @Autowired
    private HandoffRepository handoffs;
    @Autowired
    private HandoffEventRepository events;
    @Autowired
    private HandoffPauseRepository pauses;
    @Autowired
    private SlaTargetRepository targets;
    @Autowired
    private HandoffPacker packer;
    @Autowired
    private ReceivingUnits receivers;
    @Autowired
    private HandoffSla sla;
    @Autowired
    private HandoffEscalation escalation;
    @Autowired
    private HandoffNotices notices;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private Clock clock;
    @Autowired
    private HandoffFixture fixture;

    @Test
    void theDemoTellsTheReceivingTtvtOfNewHandOffsAndTheRequesterOfResolvedOnesOnce() {
        for (int i = 1; i <= 10; i++) { // the demo raises hand-offs in districts whose store has ten customers
            ExecutionFixture.customer(jdbc, "Khách hàng minh họa " + i, HandoffFixture.TP_BG_STORE);
        }
        for (String table : List.of("handoff_event", "handoff_pause", "handoff")) {
            jdbc.update("DELETE FROM " + table);
        }
        DemoHandoffs demo = new DemoHandoffs(handoffs, events, pauses, targets, packer, receivers, sla, escalation,
                notices, users, jdbc, transaction, clock);

        demo.raiseDemoHandoffs();
        demo.raiseDemoHandoffs();

        long sentToTpbg = count("SELECT COUNT(*) FROM handoff WHERE state = 'SENT' AND receiver_unit_id = ?",
                HandoffFixture.TTVT_TP_BG);
        assertThat(sentToTpbg).isPositive();
        assertThat(notices("ttvt.tpbg", "handoff.notice.received")).isEqualTo(sentToTpbg);
        long resolvedForTpbg = count("SELECT COUNT(*) FROM handoff h JOIN user_account a ON a.id = h.requester_id "
                + "WHERE h.state = 'RESOLVED' AND a.username = ?", "tpbg.cskh1");
        assertThat(resolvedForTpbg).isPositive();
        assertThat(notices("tpbg.cskh1", "handoff.notice.resolved")).isEqualTo(resolvedForTpbg);
        assertThat(notices("tpbg.cskh1", "handoff.notice.returned")).isEqualTo(count("SELECT COUNT(*) FROM handoff h "
                + "JOIN user_account a ON a.id = h.requester_id WHERE h.state = 'RETURNED' AND a.username = ?",
                "tpbg.cskh1")).isPositive();
    }

    @Test
    void demoHandOffsNameASubscriptionOfTheirServiceAndSomeComeFromACareTask() {
        WorklistRow task = fixture.careTask("Gọi tri ân minh họa");
        for (int i = 1; i <= 10; i++) { // Việt Yên's store takes part in the demo once it has ten customers
            ExecutionFixture.customer(jdbc, "Khách hàng Bích Động " + i, ExecutionFixture.BICH_DONG);
        }
        subscription(task.customerId(), "VINAPHONE_PREPAID", "0912 345 678");
        subscription(task.customerId(), "FIBERVNN", "bg_fiber_77001");
        for (String table : List.of("handoff_event", "handoff_pause", "handoff")) {
            jdbc.update("DELETE FROM " + table);
        }

        new DemoHandoffs(handoffs, events, pauses, targets, packer, receivers, sla, escalation, notices, users, jdbc,
                transaction, clock).raiseDemoHandoffs();

        assertThat(jdbc.queryForList("SELECT subscription_label FROM handoff WHERE handoff_type IN ('REPAIR', 'INSTALLATION', "
                + "'RELOCATION') AND subscription_label IS NOT NULL", String.class))
                .isNotEmpty().noneMatch(label -> label.startsWith("VINAPHONE"));
        assertThat(jdbc.queryForList("SELECT subscription_label FROM handoff WHERE campaign_id = ? AND task_id = ?",
                String.class, task.campaignId(), task.taskId())).containsExactly("FIBERVNN|bg_fiber_77001|Home Net 2");
    }

    private void subscription(long customerId, String service, String number) {
        jdbc.update("INSERT INTO subscription (customer_id, service, number, package_name, start_date, status) "
                + "VALUES (?, ?, ?, 'Home Net 2', '2015-03-01', 'ACTIVE')", customerId, service, number);
    }

    /** Notices of the message linking to a demo hand-off, all of them raised by this test. */
    private long notices(String username, String messageKey) {
        return count("SELECT COUNT(*) FROM notice n JOIN user_account a ON a.id = n.recipient "
                + "JOIN handoff h ON n.link = CONCAT('handoff/', h.id) WHERE a.username = ? AND n.message_key = ?",
                username, messageKey);
    }

    private long count(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, args));
    }
}
