package vn.vnpt.bacgiang.cskh.execution;

import java.util.List;

/**
 * The contacts a unit logged with one outcome: how many there are, and the first of them in a
 * {@link SeededOrder} (see {@link LoggedContacts#strata}).
 */
public record OutcomeStratum(ContactOutcome outcome, int contacts, List<LoggedOutcome> first) {

    public OutcomeStratum {
        first = List.copyOf(first);
    }
}
