package vn.vnpt.bacgiang.cskh.security;

/** How far a role sees in the unit tree. */
public enum ScopeLevel {
    OWN_UNIT, UNIT_AND_BELOW, ALL;

    ScopeLevel widest(ScopeLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
