package vn.vnpt.bacgiang.cskh.execution;

/**
 * The outcome a staff member logged on a contact: all a callback sample's draw needs of each of a unit's
 * contacts (see {@link LoggedContacts#first}); the drawn ones are then read in full.
 */
public record LoggedOutcome(long contactId, ContactOutcome outcome, long staffId) {
}
