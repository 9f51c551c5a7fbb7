package vn.vnpt.bacgiang.cskh.execution;

/** How many contacts a unit logged in a campaign with one outcome (see {@link LoggedContacts#strata}). */
public record OutcomeStratum(ContactOutcome outcome, int contacts) {
}
