package vn.vnpt.bacgiang.cskh.handoff;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A period the hand-off's SLA clock stood still; open while it still stands still. */
@Entity
@Table(name = "handoff_pause")
class HandoffPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long handoffId;
    private Instant startedAt = Instant.EPOCH;
    private @Nullable Instant endedAt;

    protected HandoffPause() {
    }

    HandoffPause(long handoffId, Instant startedAt) {
        this.handoffId = handoffId;
        this.startedAt = startedAt;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    void belongsTo(long id) {
        this.handoffId = id;
    }

    long getHandoffId() {
        return handoffId;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    @Nullable Instant getEndedAt() {
        return endedAt;
    }
}
