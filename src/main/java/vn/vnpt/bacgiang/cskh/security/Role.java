package vn.vnpt.bacgiang.cskh.security;

import static vn.vnpt.bacgiang.cskh.security.Permission.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The seven roles of the portal; a user has one or more of them. This is the one table of who may
 * do what: each role's scope in the unit tree and the permissions it grants (docs/access.md is
 * generated from it).
 */
public enum Role {
    ADMIN(ScopeLevel.ALL, CAMPAIGN_READ, APPRAISAL_READ, PROGRESS_READ, HANDOFF_READ, CUSTOMER_READ, CUSTOMER_IMPORT,
            SEGMENT_BUILD, SEGMENT_SAVE, EXPORT_PERSONAL_DATA, STAFF_MANAGE, ADMINISTER, AUDIT_READ, INSPECTION_READ,
            CHECKLIST_EDIT, SCORECARD_READ),
    DIRECTOR(ScopeLevel.ALL, CAMPAIGN_READ, APPRAISE, APPRAISAL_READ, CAMPAIGN_CLOSE, PROGRESS_READ, HANDOFF_READ,
            CUSTOMER_READ, SEGMENT_BUILD, EXPORT_PERSONAL_DATA, INSPECTION_READ, SCORECARD_READ, EVALUATION_READ),
    PLANNER(ScopeLevel.ALL, CAMPAIGN_READ, CAMPAIGN_PLAN, APPRAISAL_READ, PROGRESS_READ, REPORT_ISSUE, HANDOFF_READ,
            HANDOFF_WORK, CUSTOMER_READ, CUSTOMER_IMPORT, SEGMENT_BUILD, SEGMENT_SAVE, EXPORT_PERSONAL_DATA,
            INSPECTION_READ, SCORECARD_READ, EVALUATION_READ),
    SUPERVISOR(ScopeLevel.ALL, CAMPAIGN_READ, APPRAISAL_READ, PROGRESS_READ, INSPECT, INSPECTION_READ, CHECKLIST_EDIT,
            HANDOFF_READ, HANDOFF_WORK, CUSTOMER_READ, SCORECARD_READ, EVALUATION_READ),
    SALES_MANAGER(ScopeLevel.UNIT_AND_BELOW, CAMPAIGN_READ, READINESS_CONFIRM, PROGRESS_READ, TASK_ASSIGN, BUDGET_SETTLE,
            HANDOFF_READ, HANDOFF_RAISE, HANDOFF_WORK, CUSTOMER_READ, SEGMENT_BUILD, SEGMENT_SAVE,
            EXPORT_PERSONAL_DATA, STAFF_MANAGE, INSPECTION_READ),
    CARE_STAFF(ScopeLevel.OWN_UNIT, CAMPAIGN_READ, TASK_WORK, HANDOFF_READ, HANDOFF_RAISE, HANDOFF_WORK, CUSTOMER_READ),
    TTVT_STAFF(ScopeLevel.OWN_UNIT, HANDOFF_READ, HANDOFF_WORK, INSPECTION_READ);

    private final ScopeLevel scope;
    private final Set<Permission> permissions;

    Role(ScopeLevel scope, Permission... permissions) {
        this.scope = scope;
        this.permissions = Collections.unmodifiableSet(EnumSet.copyOf(List.of(permissions)));
    }

    public ScopeLevel scope() {
        return scope;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** The roles that grant the permission, e.g. to notify a unit's people who work hand-offs. */
    public static Set<Role> granting(Permission permission) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.grants(permission)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Message key of the role's display name. */
    public String labelKey() {
        return "role." + name();
    }
}
