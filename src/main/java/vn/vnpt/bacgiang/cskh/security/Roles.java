package vn.vnpt.bacgiang.cskh.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views and SpEL in {@code @PreAuthorize}. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String DIRECTOR = "DIRECTOR";
    public static final String PLANNER = "PLANNER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String SALES_MANAGER = "SALES_MANAGER";
    public static final String CARE_STAFF = "CARE_STAFF";
    public static final String TTVT_STAFF = "TTVT_STAFF";

    private Roles() {
    }
}
