package vn.vnpt.bacgiang.cskh.handoff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a hand-off's thread and history: a message, a move, a warning or an escalation. */
@Entity
@Table(name = "handoff_event")
public class HandoffEvent {

    public enum Kind { MESSAGE, MOVE, WARNING, ESCALATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long handoffId;
    @Enumerated(EnumType.STRING)
    private Kind kind = Kind.MESSAGE;
    private Instant at = Instant.EPOCH;
    private @Nullable Long actorId;
    private String actorName = "";
    private @Nullable String actorUnit;
    @Enumerated(EnumType.STRING)
    private @Nullable HandoffMove move;
    @Enumerated(EnumType.STRING)
    private @Nullable HandoffState fromState;
    @Enumerated(EnumType.STRING)
    private @Nullable HandoffState toState;
    private @Nullable String text;

    protected HandoffEvent() {
    }

    HandoffEvent(long handoffId, Kind kind, Instant at, @Nullable Long actorId, String actorName,
                 @Nullable String actorUnit, @Nullable String text) {
        this.handoffId = handoffId;
        this.kind = kind;
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.actorUnit = actorUnit;
        this.text = text;
    }

    HandoffEvent moved(@Nullable HandoffMove move, @Nullable HandoffState from, HandoffState to) {
        this.move = move;
        this.fromState = from;
        this.toState = to;
        return this;
    }

    /** For events written before their hand-off had an id (the demo's stories). */
    void belongsTo(long id) {
        this.handoffId = id;
    }

    public long getHandoffId() {
        return handoffId;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public @Nullable String getActorUnit() {
        return actorUnit;
    }

    /** Null for the hand-off's creation and for what is not a move. */
    public @Nullable HandoffMove getMove() {
        return move;
    }

    public @Nullable HandoffState getFromState() {
        return fromState;
    }

    public @Nullable HandoffState getToState() {
        return toState;
    }

    public @Nullable String getText() {
        return text;
    }
}
