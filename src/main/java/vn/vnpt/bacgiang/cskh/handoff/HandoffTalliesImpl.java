package vn.vnpt.bacgiang.cskh.handoff;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Built with only the conditions the side has: a {@code :receiver is null or …} guard names the other side's column
 * too, and MariaDB then reads each row instead of answering from {@code ix_handoff_receiver_state} alone
 * (16 ms instead of 2 ms for a TTVT with 6 000 open hand-offs, a scan of all 100 000 for the Director).
 */
class HandoffTalliesImpl implements HandoffTallies {

    private final EntityManager entityManager;

    HandoffTalliesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<StateTally> tally(@Nullable Long receiverUnitId, @Nullable String requesterPathPattern,
                                  Collection<HandoffState> states, Instant now) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Handoff> handoff = query.from(Handoff.class);
        List<Predicate> where = new ArrayList<>();
        if (receiverUnitId != null) {
            where.add(cb.equal(handoff.get("receiverUnitId"), receiverUnitId));
        }
        if (requesterPathPattern != null) {
            where.add(cb.like(handoff.get("requesterUnitPath"), requesterPathPattern));
        }
        Path<HandoffState> state = handoff.get("state");
        where.add(state.in(states));
        Path<Instant> due = handoff.get("dueAt");
        Path<Instant> warn = handoff.get("warnAt");
        query.multiselect(state, cb.count(handoff), ones(cb, cb.lessThan(due, now)),
                        ones(cb, cb.and(cb.lessThanOrEqualTo(warn, now), cb.greaterThanOrEqualTo(due, now))))
                .where(where.toArray(Predicate[]::new))
                .groupBy(state);
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> new StateTally(row.get(0, HandoffState.class), number(row.get(1)), number(row.get(2)),
                        number(row.get(3))))
                .toList();
    }

    private static Expression<Long> ones(CriteriaBuilder cb, Predicate condition) {
        return cb.sum(cb.<Long>selectCase().when(condition, 1L).otherwise(0L));
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
