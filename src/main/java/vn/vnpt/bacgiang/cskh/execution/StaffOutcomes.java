package vn.vnpt.bacgiang.cskh.execution;

/** How many contacts a staff member logged with one outcome (see {@link LoggedContacts#tallies}). */
public record StaffOutcomes(long staffId, ContactOutcome outcome, int contacts) {
}
