package vn.vnpt.bacgiang.cskh.security;

/**
 * What a user may do, in the words of the care process. Roles grant permissions ({@link Role});
 * views, services and guards ask for a permission, never for a role. Each permission is granted to
 * the signed-in user as an authority of the same name ({@link Permissions} holds the names as
 * constants for annotations).
 */
public enum Permission {
    CAMPAIGN_READ("open the campaigns in scope: the board, a campaign's steps, its plan and scripts"),
    CAMPAIGN_PLAN("steps 1-3: create campaigns, write the orientation, scripts and plan"),
    APPRAISE("step 4: decide on a submitted plan with scores"),
    APPRAISAL_READ("read the appraisals' scores, comments and plan snapshots"),
    CAMPAIGN_CLOSE("close or cancel a campaign"),
    READINESS_CONFIRM("step 5: tick and confirm the own unit's readiness checklist"),
    PROGRESS_READ("follow units in scope through readiness and execution: checklists and progress figures"),
    TASK_ASSIGN("step 6: assign the own unit's care tasks to its staff, log contacts on them"),
    TASK_WORK("step 6: work the care tasks assigned to oneself"),
    INSPECT("step 7: start supervision, inspect units' execution"),
    INSPECTION_READ("read the inspections of the units in scope: answers, scores, evidence"),
    CHECKLIST_EDIT("write checklist templates for inspections (each save is a new revision)"),
    REPORT_ISSUE("step 8: start the evaluation and issue its report"),
    EVALUATION_READ("step 8: read a campaign's evaluation report, its draft included"),
    BUDGET_SETTLE("step 8: enter and submit the own unit's budget settlement"),
    SCORECARD_READ("read the coordination scorecard of every executing unit and TTVT"),
    HANDOFF_READ("open the hand-off queues and hand-offs in scope"),
    HANDOFF_RAISE("raise a hand-off and act on the requesting side"),
    HANDOFF_WORK("work the hand-offs sent to the own unit"),
    CUSTOMER_READ("read the customers in scope"),
    CUSTOMER_IMPORT("import customers and recompute their indicators"),
    SEGMENT_BUILD("count and list segments of the customers in scope"),
    SEGMENT_SAVE("save and copy segments"),
    EXPORT_PERSONAL_DATA("export a segment's members with their personal data"),
    STAFF_MANAGE("create and change staff accounts in scope"),
    ADMINISTER("units, every role, the working calendar and service levels"),
    AUDIT_READ("read the audit trail");

    private final String meaning;

    Permission(String meaning) {
        this.meaning = meaning;
    }

    /** What the permission allows, for the generated access table. */
    public String meaning() {
        return meaning;
    }
}
