package vn.vnpt.bacgiang.cskh.handoff;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which hand-offs a queue shows: those the user's unit received, sent, or (ĐHNV and the Director)
 * all of them, narrowed by state (empty: the mode's default), type, priority, receiving unit,
 * overdue and near the deadline (the warning time passed, the deadline not yet); sorted by one column.
 */
public record QueueFilter(Mode mode, Set<HandoffState> states, @Nullable HandoffType type,
                          @Nullable HandoffPriority priority, @Nullable Long receiverUnitId, boolean overdueOnly,
                          boolean nearOnly, Sort sort, boolean ascending) {

    public QueueFilter(Mode mode, Set<HandoffState> states, @Nullable HandoffType type,
                       @Nullable HandoffPriority priority, @Nullable Long receiverUnitId, boolean overdueOnly,
                       Sort sort, boolean ascending) {
        this(mode, states, type, priority, receiverUnitId, overdueOnly, false, sort, ascending);
    }

    public enum Mode { RECEIVED, SENT, ALL }

    /**
     * Sortable columns; by deadline, hand-offs without a running clock come last; by priority, ascending
     * means most urgent first, and the deadline orders hand-offs of one priority.
     */
    public enum Sort {
        DEADLINE("dueAt"), SENT("sentAt"), CUSTOMER("customerName"), STATE("state"), PRIORITY("urgency");

        private final String property;

        Sort(String property) {
            this.property = property;
        }

        String property() {
            return property;
        }
    }

    public static QueueFilter of(Mode mode) {
        return new QueueFilter(mode, Set.of(), null, null, null, false, Sort.DEADLINE, true);
    }

    public QueueFilter sortedBy(Sort column, boolean up) {
        return new QueueFilter(mode, states, type, priority, receiverUnitId, overdueOnly, nearOnly, column, up);
    }
}
