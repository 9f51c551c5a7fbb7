package vn.vnpt.bacgiang.cskh.supervision;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Who may see and who may work a corrective action, for the services that read or change one: the owner
 * may be care staff, who read no inspections, so these checks live apart from the services' permissions.
 */
@Component
class ActionAccess {

    private final CorrectiveActionRepository actions;
    private final FindingRepository findings;
    private final UnitPeople people;
    private final CurrentUser currentUser;

    ActionAccess(CorrectiveActionRepository actions, FindingRepository findings, UnitPeople people,
                 CurrentUser currentUser) {
        this.actions = actions;
        this.findings = findings;
        this.people = people;
        this.currentUser = currentUser;
    }

    /** The action, when the user sees its unit or owns it. */
    CorrectiveAction visible(long actionId) {
        CorrectiveAction action = actions.findById(actionId)
                .orElseThrow(() -> new RecordNotFound("supervision.action.notfound", actionId));
        if (!currentUser.scope().covers(action.getUnitPath()) && action.getOwnerId() != currentUser.require().id()) {
            throw new AccessDeniedException("Corrective action " + actionId + " is not visible to the user");
        }
        return action;
    }

    /** The action's finding, when the user owns the action or manages its unit (who report it done). */
    Finding ownerOrManager(CorrectiveAction action) {
        PortalUser user = currentUser.require();
        Finding finding = findings.findById(action.getFindingId()).orElseThrow();
        if (action.getOwnerId() != user.id()
                && !people.managers(finding.getUnitId(), finding.getUnitPath()).contains(user.id())) {
            throw new AccessDeniedException("Only the owner or the unit's manager works an action");
        }
        return finding;
    }
}
