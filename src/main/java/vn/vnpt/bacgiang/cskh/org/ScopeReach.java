package vn.vnpt.bacgiang.cskh.org;

/** How far the user's scope reaches: its units, the districts they lie in, the active accounts working in them. */
public record ScopeReach(long units, long districts, long activeStaff) {
}
