package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The counts behind the queues' figures, as a fragment of {@link HandoffRepository}. */
interface HandoffTallies {

    /**
     * Per state, a side's hand-offs in these states: how many, how many are past their deadline now, and how many
     * are near it (warning time passed, deadline not). A null receiver or requester path leaves that side open.
     */
    List<StateTally> tally(@Nullable Long receiverUnitId, @Nullable String requesterPathPattern,
                           Collection<HandoffState> states, Instant now);

    record StateTally(HandoffState state, long handoffs, long overdue, long near) {
    }
}
