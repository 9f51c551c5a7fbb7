package vn.vnpt.bacgiang.cskh.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Findings of submitted inspections and their corrective actions. The inspected unit's managers
 * acknowledge or dispute a finding; the supervisor upholds or withdraws a disputed one; a standing
 * finding gets one action, given by a manager or the supervisor to someone of the unit, which the
 * owner or a manager reports done and the supervisor verifies or reopens. Every change is made on the
 * version the user read and audited. Supervisors and ĐHNV see every unit's; a unit its own.
 */
@Service
@PreAuthorize(Permissions.HAS_INSPECTION_READ)
@Transactional(readOnly = true)
public class FindingService {

    private static final int TEXT_MAX = 1000;

    private final FindingRepository findings;
    private final CorrectiveActionRepository actions;
    private final InspectionService inspections;
    private final UnitPeople people;
    private final ActionAccess access;
    private final SupervisionNotices notices;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    FindingService(FindingRepository findings, CorrectiveActionRepository actions, InspectionService inspections,
                   UnitPeople people, ActionAccess access, SupervisionNotices notices, CurrentUser currentUser, AuditTrail audit,
                   Clock clock) {
        this.findings = findings;
        this.actions = actions;
        this.inspections = inspections;
        this.people = people;
        this.access = access;
        this.notices = notices;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The inspection's findings with their actions and what the user may do on each. */
    public List<FindingCard> findings(long inspectionId) {
        inspections.get(inspectionId);
        PortalUser user = currentUser.require();
        List<Finding> raised = findings.findByInspectionIdOrderById(inspectionId);
        Map<Long, CorrectiveAction> byFinding = actions.findByFindingIdIn(raised.stream().map(Finding::getId).toList())
                .stream().collect(Collectors.toMap(CorrectiveAction::getFindingId, Function.identity()));
        boolean manager = !raised.isEmpty() && managerOf(user, raised.getFirst());
        boolean supervisor = user.can(Permission.INSPECT);
        return raised.stream().map(finding -> {
            CorrectiveAction action = byFinding.get(finding.getId());
            FindingState state = finding.getState();
            return new FindingCard(finding, action, manager && state == FindingState.RAISED,
                    supervisor && state == FindingState.DISPUTED,
                    (manager || supervisor) && state.stands() && action == null,
                    action != null && action.getState().pending() && (manager || action.getOwnerId() == user.id()),
                    action != null && supervisor && action.getState() == ActionState.DONE);
        }).toList();
    }

    /** The people of the finding's unit an action can be given to. */
    public List<ActionOwner> owners(long findingId) {
        return people.of(finding(findingId).getUnitPath());
    }

    @Transactional
    public Finding acknowledge(long findingId, long version, @Nullable String comment) {
        return respond(findingId, version, true, comment);
    }

    @Transactional
    public Finding dispute(long findingId, long version, @Nullable String comment) {
        return respond(findingId, version, false, comment);
    }

    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public Finding uphold(long findingId, long version, @Nullable String reply) {
        return decide(findingId, version, true, reply);
    }

    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public Finding withdraw(long findingId, long version, @Nullable String reply) {
        return decide(findingId, version, false, reply);
    }

    /** Gives the standing finding its corrective action (read at {@code findingVersion}). */
    @Transactional
    public CorrectiveAction assign(long findingId, long findingVersion, ActionDraft draft) {
        PortalUser user = currentUser.require();
        Finding finding = finding(findingId);
        if (!managerOf(user, finding) && !user.can(Permission.INSPECT)) {
            throw new AccessDeniedException("Only the unit's manager or a supervisor gives a corrective action");
        }
        finding.requireVersion(findingVersion);
        if (!finding.getState().stands() || actions.findByFindingId(findingId).isPresent()) {
            throw new RuleViolation("supervision.finding.state.changed", null);
        }
        ActionOwner owner = people.of(finding.getUnitPath()).stream()
                .filter(person -> Objects.equals(person.id(), draft.ownerId())).findFirst()
                .orElseThrow(() -> new RuleViolation("supervision.action.owner.required", "owner"));
        if (draft.dueOn() == null) {
            throw new RuleViolation("supervision.action.due.required", "dueOn");
        }
        String description = text(draft.description(), "description");
        if (description == null) {
            throw new RuleViolation("supervision.action.description.required", "description");
        }
        CorrectiveAction action = new CorrectiveAction(finding, owner.id(), owner.name(), draft.dueOn(), description);
        actions.saveAndFlush(action);
        audit.created(action, "Giao khắc phục cho " + owner.name() + ": " + finding.getItemText());
        notices.aboutAction(owner.id(), "supervision.notice.action.assigned",
                List.of(finding.getItemText(), VnFormats.date(draft.dueOn())));
        return action;
    }

    /**
     * The unit reports the action done: what it did and, if it has one, where the evidence is. Open to
     * any signed-in user because the owner may be care staff, who read no inspections; the body lets
     * only the owner and the unit's managers through.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CorrectiveAction done(long actionId, long version, @Nullable String note, @Nullable String evidence) {
        CorrectiveAction action = action(actionId);
        Finding finding = access.ownerOrManager(action);
        action.requireVersion(version);
        String what = text(note, "note");
        if (what == null) {
            throw new RuleViolation("supervision.action.done.required", "note");
        }
        Map<String, Object> before = action.auditState();
        action.done(what, text(evidence, "evidence"));
        actions.saveAndFlush(action);
        audit.stateChanged(action, before, "Báo đã khắc phục: " + finding.getItemText());
        notices.aboutAction(finding.getSupervisorId(), "supervision.notice.action.done",
                List.of(finding.getItemText(), finding.getUnitName()));
        return action;
    }

    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public CorrectiveAction verify(long actionId, long version, @Nullable String comment) {
        return check(actionId, version, true, comment);
    }

    @PreAuthorize(Permissions.HAS_INSPECT)
    @Transactional
    public CorrectiveAction reopen(long actionId, long version, @Nullable String reason) {
        return check(actionId, version, false, reason);
    }

    /** The corrective actions of the units the user sees and those given to them, by due date, narrowed by the filter. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionRow> actions(ActionFilter filter) {
        LocalDate today = LocalDate.now(clock);
        List<CorrectiveAction> listed = actions.findInScope(currentUser.scope().pathPattern(),
                        currentUser.require().id()).stream()
                .filter(action -> filter.state() == null || action.getState() == filter.state())
                .filter(action -> !filter.overdueOnly() || action.overdueOn(today))
                .filter(action -> filter.unitId() == null || action.getUnitId() == filter.unitId())
                .toList();
        Map<Long, Finding> byId = findings.findAllById(listed.stream().map(CorrectiveAction::getFindingId).toList())
                .stream().collect(Collectors.toMap(Finding::getId, Function.identity()));
        PortalUser user = currentUser.require();
        boolean supervisor = user.can(Permission.INSPECT);
        Map<Long, Boolean> managerOf = new java.util.HashMap<>();
        return listed.stream().map(action -> {
            Finding finding = byId.get(action.getFindingId());
            boolean manager = managerOf.computeIfAbsent(action.getUnitId(), unit -> managerOf(user, finding));
            return new ActionRow(action, finding, action.overdueOn(today), action.getState().pending() && (manager || action.getOwnerId() == user.id()),
                    supervisor && action.getState() == ActionState.DONE);
        }).toList();
    }

    private Finding respond(long findingId, long version, boolean acknowledged, @Nullable String comment) {
        PortalUser user = currentUser.require();
        Finding finding = finding(findingId);
        if (!managerOf(user, finding)) {
            throw new AccessDeniedException("Only the inspected unit's manager answers its findings");
        }
        finding.requireVersion(version);
        Map<String, Object> before = finding.auditState();
        finding.respond(acknowledged, text(comment, "response"), user.displayName());
        findings.saveAndFlush(finding);
        audit.stateChanged(finding, before, (acknowledged ? "Xác nhận phát hiện: " : "Khiếu nại phát hiện: ")
                + finding.getItemText());
        if (!acknowledged) {
            notices.aboutInspection(List.of(finding.getSupervisorId()), "supervision.notice.disputed",
                    finding.getInspectionId(), List.of(finding.getItemText(), finding.getUnitName()));
        }
        return finding;
    }

    private Finding decide(long findingId, long version, boolean upheld, @Nullable String reply) {
        Finding finding = finding(findingId);
        finding.requireVersion(version);
        Map<String, Object> before = finding.auditState();
        finding.decide(upheld, text(reply, "reply"));
        findings.saveAndFlush(finding);
        audit.stateChanged(finding, before, (upheld ? "Giữ nguyên phát hiện: " : "Rút lại phát hiện: ")
                + finding.getItemText());
        notices.aboutInspection(people.managers(finding.getUnitId(), finding.getUnitPath()),
                upheld ? "supervision.notice.upheld" : "supervision.notice.withdrawn", finding.getInspectionId(),
                List.of(finding.getItemText()));
        return finding;
    }

    private CorrectiveAction check(long actionId, long version, boolean verified, @Nullable String note) {
        CorrectiveAction action = action(actionId);
        Finding finding = finding(action.getFindingId());
        action.requireVersion(version);
        Map<String, Object> before = action.auditState();
        action.checked(verified, text(note, "note"));
        actions.saveAndFlush(action);
        audit.stateChanged(action, before, (verified ? "Xác nhận đã khắc phục: " : "Mở lại khắc phục: ")
                + finding.getItemText());
        if (!verified) {
            notices.aboutAction(action.getOwnerId(), "supervision.notice.action.reopened",
                    List.of(finding.getItemText(), Objects.requireNonNull(action.getCheckNote())));
        }
        return action;
    }

    private boolean managerOf(PortalUser user, Finding finding) {
        return people.managers(finding.getUnitId(), finding.getUnitPath()).contains(user.id());
    }

    private Finding finding(long findingId) {
        Finding finding = findings.findById(findingId)
                .orElseThrow(() -> new RecordNotFound("supervision.finding.notfound", findingId));
        if (!currentUser.scope().covers(finding.getUnitPath())) {
            throw new AccessDeniedException("Finding " + findingId + " is not visible to the user");
        }
        return finding;
    }

    private CorrectiveAction action(long actionId) {
        return access.visible(actionId);
    }

    private static @Nullable String text(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > TEXT_MAX) {
            throw new RuleViolation("supervision.finding.text.tooLong", field, TEXT_MAX);
        }
        return stripped;
    }
}
