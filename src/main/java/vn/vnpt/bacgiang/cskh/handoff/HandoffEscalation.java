package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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

    HandoffEscalation(HandoffRepository handoffs, HandoffEventRepository events, HandoffSla sla,
                      HandoffNotices notices, ReceivingUnits units, AuditTrail audit,
                      @Value("${portal.handoff.escalation.director-after:PT4H}") Duration directorAfter) {
        this.handoffs = handoffs;
        this.events = events;
        this.sla = sla;
        this.notices = notices;
        this.units = units;
        this.audit = audit;
        this.directorAfter = directorAfter;
    }

    /** Warns and escalates as of {@code now}; a level already reached is never raised again. */
    @Transactional
    public Result run(Instant now) {
        int warned = 0;
        for (Handoff handoff : handoffs.toWarn(now)) {
            handoff.warned();
            record(handoff, HandoffEvent.Kind.WARNING, now, "handoff.history.warning");
            notices.toReceivers(handoff, "handoff.notice.warning");
            warned++;
        }
        int escalated = 0;
        for (Handoff handoff : handoffs.overdue(now, TOP_LEVEL)) {
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
        return new Result(warned, escalated);
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
