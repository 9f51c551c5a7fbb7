package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Step 3, the detailed plan: the segment's members split into shares per executing unit, with
 * quotas and KPI targets the planner adjusts, and the budget lines. Only planners change the plan,
 * and only while the campaign is in planning or returned; every change is audited. Users who see the
 * whole organisation read the whole plan; a unit in the field (a sales manager, care staff) reads only
 * the share and budget lines of the executing unit it belongs to, and the centre's lines (the gifts
 * and messages every unit hands out, whose prices its used budget is counted in), never another
 * unit's (docs/decisions/0011).
 */
@Service
@PreAuthorize(Permissions.HAS_CAMPAIGN_READ)
@Transactional(readOnly = true)
public class CarePlanService {

    private final CampaignService campaigns;
    private final CurrentUser currentUser;
    private final CampaignShareRepository shares;
    private final BudgetLineRepository lines;
    private final PlanCounts counts;
    private final AuditTrail audit;
    private final Validator validator;

    CarePlanService(CampaignService campaigns, CurrentUser currentUser, CampaignShareRepository shares,
                    BudgetLineRepository lines, PlanCounts counts, AuditTrail audit, Validator validator) {
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.shares = shares;
        this.lines = lines;
        this.counts = counts;
        this.audit = audit;
        this.validator = validator;
    }

    /** The campaign's shares the user may read, by unit name. */
    public List<CampaignShare> shares(long campaignId) {
        campaigns.get(campaignId);
        PortalUser user = currentUser.require();
        return user.seesAll() ? shares.findByCampaignIdOrderByUnitNameAsc(campaignId)
                : shares.findTakenPartIn(campaignId, user.scope().pathPattern(), user.unitPath());
    }

    /** The campaign's budget lines the user may read, in the order they were added. */
    public List<BudgetLine> budget(long campaignId) {
        List<CampaignShare> readable = shares(campaignId);
        List<BudgetLine> budget = lines.findByCampaignIdOrderByIdAsc(campaignId);
        if (currentUser.require().seesAll()) {
            return budget;
        }
        Set<Long> units = readable.stream().map(CampaignShare::getUnitId).collect(Collectors.toSet());
        return budget.stream().filter(line -> line.getUnitId() == null || units.contains(line.getUnitId())).toList();
    }

    /** Whether the plan of this campaign may be changed now (by a planner). */
    public boolean isPlanEditable(Campaign campaign) {
        return campaign.getState() == CampaignState.PLANNING || campaign.getState() == CampaignState.RETURNED;
    }

    /** The executing units a budget line may be for: those that hold a share. */
    public Map<Long, String> shareUnits(long campaignId) {
        Map<Long, String> units = new LinkedHashMap<>();
        shares(campaignId).forEach(share -> units.put(share.getUnitId(), share.getUnitName()));
        return units;
    }

    /**
     * Splits (or re-splits) the segment's members into shares per executing unit. A unit keeps its
     * KPI targets and, unless it no longer fits or followed the member count, its quota.
     */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public List<CampaignShare> split(long campaignId) {
        Campaign campaign = editable(campaignId);
        Map<ShareSplit.ExecutingUnit, Long> split = ShareSplit.rollUp(counts.managedCounts(campaign), counts.executingUnits());
        Map<Long, CampaignShare> existing = new HashMap<>();
        shares.findByCampaignIdOrderByUnitNameAsc(campaignId).forEach(share -> existing.put(share.getUnitId(), share));
        for (var entry : split.entrySet()) {
            CampaignShare share = existing.remove(entry.getKey().id());
            if (share == null) {
                share = shares.saveAndFlush(new CampaignShare(campaignId, entry.getKey().id(),
                        entry.getKey().name(), entry.getValue()));
                audit.created(share, "Chia phần chương trình " + campaign.getName() + " cho " + share.getUnitName());
            } else {
                Map<String, Object> before = share.auditState();
                share.resplit(entry.getValue());
                shares.flush();
                audit.updated(share, before, "Chia lại phần chương trình " + campaign.getName() + " cho "
                        + share.getUnitName());
            }
        }
        shares.deleteAll(existing.values());
        shares.flush();
        return shares.findByCampaignIdOrderByUnitNameAsc(campaignId);
    }

    /** Saves a planner's change of a share's quota and KPI targets; refuses a stale or bad edit, saving nothing. */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public CampaignShare updateShare(CampaignShare edited) {
        long id = Objects.requireNonNull(edited.getId());
        CampaignShare share = shares.findById(id).orElseThrow(() -> new RecordNotFound("campaign.plan.notfound", id));
        editable(share.getCampaignId());
        share.requireVersion(edited.getVersion());
        validate(edited);
        long quota = Objects.requireNonNull(edited.getQuota());
        if (quota > share.getMembers()) {
            throw new RuleViolation("campaign.plan.quotaOverMembers", "quota", share.getMembers());
        }
        Map<String, Object> before = share.auditState();
        share.setQuota(quota);
        share.setReachRate(edited.getReachRate());
        share.setSuccessRate(edited.getSuccessRate());
        share.setSatisfaction(edited.getSatisfaction());
        shares.flush();
        audit.updated(share, before, "Sửa chỉ tiêu của " + share.getUnitName());
        return share;
    }

    /** Adds or changes a budget line; refuses zero or negative quantities and prices, saving nothing. */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public BudgetLine saveLine(BudgetLine edited) {
        validate(edited);
        Long unitId = edited.getUnitId();
        String unitName = null;
        if (unitId != null) {
            unitName = shareUnits(edited.getCampaignId()).get(unitId);
            if (unitName == null) {
                throw new RuleViolation("campaign.budget.unitWithoutShare", "unitId");
            }
        }
        long amount;
        try {
            amount = Math.multiplyExact(Objects.requireNonNull(edited.getQuantity()),
                    Objects.requireNonNull(edited.getUnitPrice()));
        } catch (ArithmeticException tooLarge) {
            throw new RuleViolation("campaign.budget.tooLarge", "unitPrice");
        }
        Campaign campaign = editable(edited.getCampaignId());
        if (edited.getId() == null) {
            BudgetLine line = new BudgetLine(edited.getCampaignId());
            copy(edited, line, unitName, amount);
            lines.saveAndFlush(line);
            audit.created(line, "Thêm dòng ngân sách " + line.getDescription() + " cho chương trình "
                    + campaign.getName());
            return line;
        }
        long id = edited.getId();
        BudgetLine line = lines.findById(id).filter(found -> found.getCampaignId() == edited.getCampaignId())
                .orElseThrow(() -> new RecordNotFound("campaign.budget.notfound", id));
        line.requireVersion(edited.getVersion());
        Map<String, Object> before = line.auditState();
        copy(edited, line, unitName, amount);
        lines.flush();
        audit.updated(line, before, "Sửa dòng ngân sách " + line.getDescription());
        return line;
    }

    /** Removes a budget line read at the given version, while the plan may still change. */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_PLAN)
    @Transactional
    public void deleteLine(long id, long version) {
        BudgetLine line = lines.findById(id).orElseThrow(() -> new RecordNotFound("campaign.budget.notfound", id));
        Campaign campaign = editable(line.getCampaignId());
        line.requireVersion(version);
        lines.delete(line);
        lines.flush();
        audit.updated(campaign, campaign.auditState(), "Xóa dòng ngân sách " + line.getDescription()
                + " của chương trình " + campaign.getName());
    }

    /** Total amount per unit name (the centre's lines under the empty name) and overall, in VND. */
    public BudgetTotals totals(List<BudgetLine> budget) {
        Map<String, Long> perUnit = new LinkedHashMap<>();
        long overall = 0;
        for (BudgetLine line : budget) {
            perUnit.merge(line.getUnitName() == null ? "" : line.getUnitName(), line.getAmount(), Long::sum);
            overall += line.getAmount();
        }
        return new BudgetTotals(perUnit, overall);
    }

    /** The budget's totals: per unit name ("" for the centre) and overall. */
    public record BudgetTotals(Map<String, Long> perUnit, long overall) {
    }

    private Campaign editable(long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        if (!isPlanEditable(campaign)) {
            throw new RuleViolation("campaign.plan.locked", null);
        }
        return campaign;
    }

    private void validate(Object bean) {
        var violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static void copy(BudgetLine from, BudgetLine to, @Nullable String unitName, long amount) {
        to.unit(from.getUnitId(), unitName);
        to.setCategory(from.getCategory());
        to.setDescription(from.getDescription().trim());
        to.setQuantity(from.getQuantity());
        to.setUnitPrice(from.getUnitPrice());
        to.amount(amount);
    }
}
