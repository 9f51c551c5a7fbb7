package vn.vnpt.bacgiang.cskh.handoff;

import java.util.Map;

/**
 * A queue's hand-offs per state, and how many of those its mode shows by default are past their deadline
 * and near it (the warning time passed).
 */
public record QueueCounts(QueueFilter.Mode mode, Map<HandoffState, Long> byState, long overdue, long near) {

    public QueueCounts {
        byState = Map.copyOf(byState);
    }
}
