package vn.vnpt.bacgiang.cskh.security;

/** The seven roles of the portal; a user has one or more of them. */
public enum Role {
    ADMIN(ScopeLevel.ALL),
    DIRECTOR(ScopeLevel.ALL),
    PLANNER(ScopeLevel.ALL),
    SUPERVISOR(ScopeLevel.ALL),
    SALES_MANAGER(ScopeLevel.UNIT_AND_BELOW),
    CARE_STAFF(ScopeLevel.OWN_UNIT),
    TTVT_STAFF(ScopeLevel.OWN_UNIT);

    private final ScopeLevel scope;

    Role(ScopeLevel scope) {
        this.scope = scope;
    }

    public ScopeLevel scope() {
        return scope;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
