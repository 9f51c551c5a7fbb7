package vn.vnpt.bacgiang.cskh.security;

/**
 * {@link Permission} names as compile-time constants for annotations: {@code @RolesAllowed(Permissions.X)}
 * on views and {@code @PreAuthorize(Permissions.HAS_X)} on services. Permissions are plain authorities
 * (no {@code ROLE_} prefix, see {@code SecurityConfig}); {@code PermissionsTest} keeps this class in step
 * with the enum.
 */
public final class Permissions {

    public static final String CAMPAIGN_READ = "CAMPAIGN_READ";
    public static final String CAMPAIGN_PLAN = "CAMPAIGN_PLAN";
    public static final String APPRAISE = "APPRAISE";
    public static final String APPRAISAL_READ = "APPRAISAL_READ";
    public static final String CAMPAIGN_CLOSE = "CAMPAIGN_CLOSE";
    public static final String READINESS_CONFIRM = "READINESS_CONFIRM";
    public static final String PROGRESS_READ = "PROGRESS_READ";
    public static final String TASK_ASSIGN = "TASK_ASSIGN";
    public static final String TASK_WORK = "TASK_WORK";
    public static final String INSPECT = "INSPECT";
    public static final String INSPECTION_READ = "INSPECTION_READ";
    public static final String CHECKLIST_EDIT = "CHECKLIST_EDIT";
    public static final String REPORT_ISSUE = "REPORT_ISSUE";
    public static final String EVALUATION_READ = "EVALUATION_READ";
    public static final String BUDGET_SETTLE = "BUDGET_SETTLE";
    public static final String SCORECARD_READ = "SCORECARD_READ";
    public static final String HANDOFF_READ = "HANDOFF_READ";
    public static final String HANDOFF_RAISE = "HANDOFF_RAISE";
    public static final String HANDOFF_WORK = "HANDOFF_WORK";
    public static final String CUSTOMER_READ = "CUSTOMER_READ";
    public static final String CUSTOMER_IMPORT = "CUSTOMER_IMPORT";
    public static final String SEGMENT_BUILD = "SEGMENT_BUILD";
    public static final String SEGMENT_SAVE = "SEGMENT_SAVE";
    public static final String EXPORT_PERSONAL_DATA = "EXPORT_PERSONAL_DATA";
    public static final String STAFF_MANAGE = "STAFF_MANAGE";
    public static final String ADMINISTER = "ADMINISTER";
    public static final String AUDIT_READ = "AUDIT_READ";

    public static final String HAS_CAMPAIGN_READ = "hasAuthority('CAMPAIGN_READ')";
    public static final String HAS_CAMPAIGN_PLAN = "hasAuthority('CAMPAIGN_PLAN')";
    public static final String HAS_APPRAISE = "hasAuthority('APPRAISE')";
    public static final String HAS_APPRAISAL_READ = "hasAuthority('APPRAISAL_READ')";
    public static final String HAS_CAMPAIGN_CLOSE = "hasAuthority('CAMPAIGN_CLOSE')";
    public static final String HAS_READINESS_CONFIRM = "hasAuthority('READINESS_CONFIRM')";
    public static final String HAS_PROGRESS_READ = "hasAuthority('PROGRESS_READ')";
    public static final String HAS_TASK_ASSIGN = "hasAuthority('TASK_ASSIGN')";
    public static final String HAS_TASK_WORK = "hasAuthority('TASK_WORK')";
    public static final String HAS_INSPECT = "hasAuthority('INSPECT')";
    public static final String HAS_INSPECTION_READ = "hasAuthority('INSPECTION_READ')";
    public static final String HAS_CHECKLIST_EDIT = "hasAuthority('CHECKLIST_EDIT')";
    public static final String HAS_REPORT_ISSUE = "hasAuthority('REPORT_ISSUE')";
    public static final String HAS_EVALUATION_READ = "hasAuthority('EVALUATION_READ')";
    public static final String HAS_BUDGET_SETTLE = "hasAuthority('BUDGET_SETTLE')";
    public static final String HAS_SCORECARD_READ = "hasAuthority('SCORECARD_READ')";
    public static final String HAS_HANDOFF_READ = "hasAuthority('HANDOFF_READ')";
    public static final String HAS_HANDOFF_RAISE = "hasAuthority('HANDOFF_RAISE')";
    public static final String HAS_HANDOFF_WORK = "hasAuthority('HANDOFF_WORK')";
    public static final String HAS_CUSTOMER_READ = "hasAuthority('CUSTOMER_READ')";
    public static final String HAS_CUSTOMER_IMPORT = "hasAuthority('CUSTOMER_IMPORT')";
    public static final String HAS_SEGMENT_BUILD = "hasAuthority('SEGMENT_BUILD')";
    public static final String HAS_SEGMENT_SAVE = "hasAuthority('SEGMENT_SAVE')";
    public static final String HAS_EXPORT_PERSONAL_DATA = "hasAuthority('EXPORT_PERSONAL_DATA')";
    public static final String HAS_STAFF_MANAGE = "hasAuthority('STAFF_MANAGE')";
    public static final String HAS_ADMINISTER = "hasAuthority('ADMINISTER')";
    public static final String HAS_AUDIT_READ = "hasAuthority('AUDIT_READ')";

    private Permissions() {
    }
}
