package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.vnpt.bacgiang.cskh.sla.Pause;

/**
 * One demo hand-off told step by step at chosen times in the past: the same changes the service makes
 * on each move, with the times the demo needs (the service always uses the clock's now).
 */
final class DemoStory {

    /** Someone who acts in a demo story. */
    record Actor(long id, String name, String unit) {
    }

    private final Handoff handoff;
    private final Actor requester;
    private final Actor receiver;
    private final HandoffSla sla;
    private final List<HandoffEvent> events = new ArrayList<>();
    private final List<HandoffPause> pauses = new ArrayList<>();
    private Instant at;

    DemoStory(Handoff handoff, Actor requester, Actor receiver, Instant sentAt, HandoffSla sla) {
        this.handoff = handoff;
        this.requester = requester;
        this.receiver = receiver;
        this.sla = sla;
        this.at = sentAt;
        handoff.sent(sentAt);
        handoff.moveTo(HandoffState.SENT);
        sla.recompute(handoff, clockPauses());
        events.add(event(requester, HandoffEvent.Kind.MOVE, null).moved(null, null, HandoffState.SENT));
    }

    DemoStory after(int minutes) {
        at = at.plus(Duration.ofMinutes(minutes));
        return this;
    }

    DemoStory move(HandoffMove move, String text) {
        HandoffState from = handoff.getState();
        switch (move) {
            case ACCEPT -> handoff.accepted(at);
            case RETURN -> handoff.returned(text);
            case WAIT -> pauses.add(new HandoffPause(0, at));
            case RESUME, REOPEN, CONFIRM -> endPause();
            case RESOLVE -> {
                handoff.resolved(at, text);
                pauses.add(new HandoffPause(0, at));
            }
            case RESEND -> handoff.sent(at);
            default -> {
            }
        }
        if (move == HandoffMove.REOPEN) {
            handoff.reopened();
        }
        if (move == HandoffMove.CONFIRM) {
            handoff.closed(at);
        }
        handoff.moveTo(move.to());
        sla.recompute(handoff, clockPauses()); // as the service does, so accept and resolve meet the deadline shown
        Actor actor = move.side() == HandoffSide.REQUESTER ? requester : receiver;
        events.add(event(actor, HandoffEvent.Kind.MOVE, text.isEmpty() ? null : text).moved(move, from, move.to()));
        return this;
    }

    DemoStory move(HandoffMove move) {
        return move(move, "");
    }

    DemoStory requesterSays(String text) {
        events.add(event(requester, HandoffEvent.Kind.MESSAGE, text));
        return this;
    }

    DemoStory receiverSays(String text) {
        events.add(event(receiver, HandoffEvent.Kind.MESSAGE, text));
        return this;
    }

    Handoff handoff() {
        return handoff;
    }

    List<HandoffEvent> events(long handoffId) {
        events.forEach(event -> event.belongsTo(handoffId));
        return events;
    }

    List<HandoffPause> pauses(long handoffId) {
        pauses.forEach(pause -> pause.belongsTo(handoffId));
        return pauses;
    }

    List<Pause> clockPauses() {
        return pauses.stream().map(pause -> new Pause(pause.getStartedAt(), pause.getEndedAt())).toList();
    }

    private void endPause() {
        pauses.stream().filter(pause -> pause.getEndedAt() == null).forEach(pause -> pause.end(at));
    }

    private HandoffEvent event(Actor actor, HandoffEvent.Kind kind, String text) {
        return new HandoffEvent(0, kind, at, actor.id(), actor.name(), actor.unit(), text);
    }
}
