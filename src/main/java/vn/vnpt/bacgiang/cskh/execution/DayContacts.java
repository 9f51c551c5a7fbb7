package vn.vnpt.bacgiang.cskh.execution;

import java.time.LocalDate;

/** The contacts logged in a campaign on one day (Vietnamese date), and how many of them the customer accepted. */
public record DayContacts(LocalDate day, long contacts, long accepted) {
}
