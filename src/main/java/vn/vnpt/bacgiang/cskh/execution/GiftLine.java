package vn.vnpt.bacgiang.cskh.execution;

/** A gift line of a campaign's budget that a task's contacts may hand over, at its unit price in VND. */
public record GiftLine(long id, String description, long unitPrice) {
}
