package vn.vnpt.bacgiang.cskh.handoff;

/** A receiving unit's open hand-offs (neither confirmed nor cancelled) now, and how many of them are overdue. */
public record ReceiverLoad(long unitId, String unitName, long open, long overdue) {
}
