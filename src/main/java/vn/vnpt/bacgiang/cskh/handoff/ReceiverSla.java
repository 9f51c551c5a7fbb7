package vn.vnpt.bacgiang.cskh.handoff;

/**
 * One receiving unit's service level over a period, counted from the flags stored when hand-offs were
 * accepted and resolved: the hand-offs sent to it in the period, how many it accepted and resolved in time
 * or late, how many are still open past their deadline, and how many it returned at least once.
 */
public record ReceiverSla(long unitId, String unitName, long received, long acceptedInTime, long acceptedLate,
                          long resolvedInTime, long resolvedLate, long openOverdue, long bounced) {
}
