package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.audit.JobRuns;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionService;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.security.LoginThrottle;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionWaitingService;

/**
 * Picks the dashboard of the user's role (decision 0029): by what the user may do, not by the kind of their
 * unit. An Admin gets the Admin's; whoever assigns a unit's care tasks the sales manager's (a district's
 * department or PBH DN, which also sees what it received); whoever works care tasks the care staff's (in a
 * store or a department alike); whoever works hand-offs without seeing the whole organisation the TTVT's.
 * Others (the Director, ĐHNV) have dashboards of their own elsewhere.
 */
@SpringComponent
class RoleDashboards {

    private final ProgressService progress;
    private final AssignmentService assignments;
    private final ExecutionService execution;
    private final HandoffService handoffs;
    private final SupervisionWaitingService supervision;
    private final AuditTrail audit;
    private final LoginThrottle logins;
    private final JobRuns jobs;
    private final Clock clock;

    RoleDashboards(ProgressService progress, AssignmentService assignments, ExecutionService execution,
                   HandoffService handoffs, SupervisionWaitingService supervision, AuditTrail audit,
                   LoginThrottle logins, JobRuns jobs, Clock clock) {
        this.progress = progress;
        this.assignments = assignments;
        this.execution = execution;
        this.handoffs = handoffs;
        this.supervision = supervision;
        this.audit = audit;
        this.logins = logins;
        this.jobs = jobs;
        this.clock = clock;
    }

    Optional<Component> of(PortalUser user) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, VnFormats.ZONE);
        if (user.can(Permission.ADMINISTER)) {
            return Optional.of(new AdminDashboard(logins.lockedNames(), audit, jobs.jobs(), today, now));
        }
        if (user.can(Permission.TASK_ASSIGN)) {
            return Optional.of(new ManagerDashboard(user, progress, assignments, handoffs, supervision.waitingOnMe(),
                    now));
        }
        if (user.can(Permission.TASK_WORK)) {
            return Optional.of(new CareStaffDashboard(execution, now));
        }
        if (user.can(Permission.HANDOFF_WORK) && !user.seesAll()) {
            return Optional.of(new TtvtDashboard(handoffs, user.can(Permission.INSPECTION_READ)
                    ? supervision.waitingOnMe() : List.of(), today, now));
        }
        return Optional.empty();
    }

}
