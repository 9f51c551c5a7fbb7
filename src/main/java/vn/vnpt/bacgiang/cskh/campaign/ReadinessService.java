package vn.vnpt.bacgiang.cskh.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Step 5, readiness: each executing unit's sales manager ticks the unit's checklist and confirms
 * its readiness while the campaign is in READINESS; ĐHNV planners, supervisors and the Director see
 * every unit's status. Every change is audited and a stale edit is refused.
 */
@Service
@PreAuthorize(Permissions.HAS_PROGRESS_READ)
@Transactional(readOnly = true)
public class ReadinessService {

    private final CampaignRepository campaigns;
    private final UnitReadinessRepository readiness;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ReadinessService(CampaignRepository campaigns, UnitReadinessRepository readiness, CurrentUser currentUser,
                     AuditTrail audit, Clock clock) {
        this.campaigns = campaigns;
        this.readiness = readiness;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The executing units' checklists the user may see: all of them for ĐHNV and the Director, else their own. */
    public List<UnitReadiness> units(long campaignId) {
        PortalUser user = currentUser.require();
        List<UnitReadiness> units = readiness.findByCampaignIdOrderByUnitNameAsc(campaignId);
        return user.seesAll() ? units : units.stream().filter(unit -> manages(user, unit)).toList();
    }

    /** Whether the user may tick and confirm this unit's checklist (its sales manager, while the campaign is in readiness). */
    public boolean mayConfirm(UnitReadiness unit) {
        PortalUser user = currentUser.require();
        return manages(user, unit) && inReadiness(unit.getCampaignId());
    }

    /** Saves the manager's ticks and note; a change after confirmation withdraws the confirmation. */
    @PreAuthorize(Permissions.HAS_READINESS_CONFIRM)
    @Transactional
    public UnitReadiness save(UnitReadiness edited) {
        UnitReadiness unit = editable(edited);
        Map<String, Object> before = unit.auditState();
        unit.checklist(edited);
        if (!unit.isComplete()) {
            unit.unconfirm();
        }
        readiness.flush();
        audit.updated(unit, before, "Cập nhật sẵn sàng của " + unit.getUnitName() + " cho chương trình "
                + campaignName(unit));
        return unit;
    }

    /** Saves the checklist and confirms the unit ready; every item must be ticked. */
    @PreAuthorize(Permissions.HAS_READINESS_CONFIRM)
    @Transactional
    public UnitReadiness confirm(UnitReadiness edited) {
        UnitReadiness unit = editable(edited);
        if (!edited.isComplete()) {
            throw new RuleViolation("campaign.readiness.incomplete", null);
        }
        PortalUser user = currentUser.require();
        Map<String, Object> before = unit.auditState();
        unit.checklist(edited);
        unit.confirm(user.id(), user.displayName(), clock.instant());
        readiness.flush();
        audit.stateChanged(unit, before, "Xác nhận sẵn sàng của " + unit.getUnitName() + " cho chương trình "
                + campaignName(unit));
        return unit;
    }

    /** Withdraws the unit's confirmation (the manager's undo) while the campaign is still in readiness. */
    @PreAuthorize(Permissions.HAS_READINESS_CONFIRM)
    @Transactional
    public UnitReadiness withdraw(UnitReadiness confirmed) {
        UnitReadiness unit = editable(confirmed);
        if (!unit.isConfirmed()) {
            throw new RuleViolation("campaign.readiness.notConfirmed", null);
        }
        Map<String, Object> before = unit.auditState();
        unit.unconfirm();
        readiness.flush();
        audit.stateChanged(unit, before, "Hủy xác nhận sẵn sàng của " + unit.getUnitName() + " cho chương trình "
                + campaignName(unit));
        return unit;
    }

    private UnitReadiness editable(UnitReadiness edited) {
        long id = Objects.requireNonNull(edited.getId());
        UnitReadiness unit = readiness.findById(id)
                .orElseThrow(() -> new RecordNotFound("campaign.readiness.notfound", id));
        if (!manages(currentUser.require(), unit)) {
            throw new AccessDeniedException("Unit " + unit.getUnitId() + " is not managed by the user");
        }
        if (!inReadiness(unit.getCampaignId())) {
            throw new RuleViolation("campaign.readiness.locked", null);
        }
        unit.requireVersion(edited.getVersion());
        return unit;
    }

    private boolean inReadiness(long campaignId) {
        return campaigns.findById(campaignId).map(c -> c.getState() == CampaignState.READINESS).orElse(false);
    }

    private String campaignName(UnitReadiness unit) {
        return campaigns.findById(unit.getCampaignId()).map(Campaign::getName).orElse("");
    }

    static boolean manages(PortalUser user, UnitReadiness unit) {
        return user.can(Permission.READINESS_CONFIRM) && unit.getUnitPath().startsWith(user.unitPath());
    }
}
