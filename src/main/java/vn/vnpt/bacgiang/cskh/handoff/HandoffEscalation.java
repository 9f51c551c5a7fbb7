package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.security.Role;

/**
 * Every few minutes: warns the receiving unit of hand-offs whose warning time has come, and raises the
 * escalation of overdue ones, once per level — level 1 to the receiving unit's head (all its staff
 * when it has none), level 2 to the Business Center's Director once a hand-off is overdue by
 * {@code portal.handoff.escalation.director-after} of working time (docs/decisions/0010).
 * {@link #run(Instant)} is the job itself, so tests call it with a moved time; {@link EscalationSchedule}
 * runs it on the schedule.
 */
@Component
public class HandoffEscalation {

    /** What one run did. */
    public record Result(int warned, int escalated) {
    }

    static final int TOP_LEVEL = 2;

    private final HandoffRepository handoffs;
    private final HandoffEventRepository events;
    private final HandoffSla sla;
    private final HandoffNotices notices;
    private final ReceivingUnits units;
    private final AuditTrail audit;
    private final Duration directorAfter;
    private final TransactionTemplate transaction;
    private final int batch;

    HandoffEscalation(HandoffRepository handoffs, HandoffEventRepository events, HandoffSla sla,
                      HandoffNotices notices, ReceivingUnits units, AuditTrail audit,
                      @Value("${portal.handoff.escalation.director-after:PT4H}") Duration directorAfter,
                      PlatformTransactionManager transactions,
                      @Value("${portal.handoff.escalation.batch:200}") int batch) {
        this.handoffs = handoffs;
        this.events = events;
        this.sla = sla;
        this.notices = notices;
        this.units = units;
        this.audit = audit;
        this.directorAfter = directorAfter;
        this.transaction = new TransactionTemplate(transactions);
        this.batch = batch;
    }

    /**
     * Warns and escalates as of {@code now}; a level already reached is never raised again. The hand-offs are
     * taken {@code portal.handoff.escalation.batch} (200) at a time, each batch in a transaction of its own: a backlog (27 418 overdue
     * hand-offs on the province benchmark's first run) flushed one by one in a single persistence context took
     * longer than the job's interval, and held the scheduler's one thread all along.
     */
    public Result run(Instant now) {
        int warned = 0;
        for (List<Long> batch : batches(handoffs.toWarn(now))) {
            warned += inTransaction(() -> warn(batch, now));
        }
        int escalated = 0;
        for (List<Long> batch : batches(handoffs.overdue(now, TOP_LEVEL))) {
            escalated += inTransaction(() -> escalate(batch, now));
        }
        return new Result(warned, escalated);
    }

    private int warn(List<Long> ids, Instant now) {
        int warned = 0;
        for (Handoff handoff : handoffs.findAllById(ids)) {
            handoff.warned();
            record(handoff, HandoffEvent.Kind.WARNING, now, "handoff.history.warning");
            notices.toReceivers(handoff, "handoff.notice.warning");
            warned++;
        }
        return warned;
    }

    private int escalate(List<Long> ids, Instant now) {
        int escalated = 0;
        for (Handoff handoff : handoffs.findAllById(ids)) {
            Duration late = sla.workingTimeBetween(Objects.requireNonNull(handoff.getDueAt()), now);
            int level = late.compareTo(directorAfter) >= 0 ? TOP_LEVEL : 1;
            if (level <= handoff.getEscalationLevel()) {
                continue;
            }
            Map<String, Object> before = handoff.auditState();
            for (int next = handoff.getEscalationLevel() + 1; next <= level; next++) {
                handoff.escalatedTo(next);
                record(handoff, HandoffEvent.Kind.ESCALATION, now, "handoff.history.escalation." + next);
                tell(handoff, next);
            }
            handoffs.flush();
            audit.stateChanged(handoff, before, "Nâng cấp xử lý yêu cầu " + handoff.reference() + " lên mức "
                    + handoff.getEscalationLevel());
            escalated++;
        }
        return escalated;
    }

    private int inTransaction(Supplier<Integer> work) {
        return Objects.requireNonNull(transaction.execute(status -> work.get()));
    }

    private List<List<Long>> batches(List<Long> ids) {
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += batch) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + batch)));
        }
        return batches;
    }

    private void tell(Handoff handoff, int level) {
        if (level == 1) {
            Long head = units.get(handoff.getReceiverUnitId()).map(ReceivingUnits.Receiver::headUserId).orElse(null);
            if (head != null) {
                notices.toUser(head, handoff, "handoff.notice.escalated.1");
            } else {
                notices.toReceivers(handoff, "handoff.notice.escalated.1");
            }
        } else {
            units.leadership().ifPresent(leadership ->
                    notices.toRole(leadership, Role.DIRECTOR, handoff, "handoff.notice.escalated.2"));
        }
    }

    private void record(Handoff handoff, HandoffEvent.Kind kind, Instant at, String textKey) {
        events.save(new HandoffEvent(Objects.requireNonNull(handoff.getId()), kind, at, null, AuditTrail.SYSTEM, null,
                textKey));
    }
}
