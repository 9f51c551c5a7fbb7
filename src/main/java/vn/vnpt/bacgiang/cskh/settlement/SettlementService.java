package vn.vnpt.bacgiang.cskh.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.notice.Notice;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Step 8's budget settlement. While the campaign is in evaluation, each executing unit's manager enters
 * what its own budget lines cost (amount, voucher, note) and submits; the planner settles the centre's
 * lines and may return a submitted unit with a reason, which its manager is told. Those who see the whole organisation read every
 * unit; a unit's manager only its own. Every change is audited; nothing is kept of a refused one.
 */
@Service
@PreAuthorize(Permissions.HAS_PROGRESS_READ)
@Transactional(readOnly = true)
public class SettlementService {

    private final CampaignService campaigns;
    private final CurrentUser currentUser;
    private final PlanFigures figures;
    private final UnitSettlementRepository settlements;
    private final SettledLineRepository settled;
    private final AuditTrail audit;
    private final NoticeService notices;
    private final Clock clock;

    SettlementService(CampaignService campaigns, CurrentUser currentUser, PlanFigures figures,
                      UnitSettlementRepository settlements, SettledLineRepository settled, AuditTrail audit,
                      NoticeService notices, Clock clock) {
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.figures = figures;
        this.settlements = settlements;
        this.settled = settled;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /** Planned vs estimated vs settled per unit and line, as far as the user may read them. */
    public SettlementSheet sheet(long campaignId) {
        return sheet(campaignId, true);
    }

    /**
     * {@link #sheet} without today's estimates (every line's is 0), for a reader that has the units' spending already:
     * step 8's report takes it from the progress figures it reads, sparing two passes over the campaign's contacts
     * and tasks.
     */
    public SettlementSheet sheetWithoutEstimates(long campaignId) {
        return sheet(campaignId, false);
    }

    private SettlementSheet sheet(long campaignId, boolean estimate) {
        Campaign campaign = campaigns.get(campaignId);
        PortalUser user = currentUser.require();
        boolean evaluating = campaign.getState() == CampaignState.EVALUATION;
        List<PlanFigures.Share> shares = figures.shares(campaignId);
        List<PlanFigures.Line> lines = figures.lines(campaignId);
        Map<Long, Map<Long, Long>> estimates = estimate ? figures.estimates(campaignId, lines) : Map.of();
        Map<Long, SettledLine> entries = settled.findByCampaignId(campaignId).stream()
                .collect(Collectors.toMap(SettledLine::getBudgetLineId, entry -> entry));
        Map<Long, UnitSettlement> states = settlements.findByCampaignId(campaignId).stream()
                .collect(Collectors.toMap(UnitSettlement::getUnitId, state -> state));
        List<PlanFigures.Line> centre = lines.stream().filter(line -> line.unitId() == null).toList();
        Map<Long, List<Long>> plannedParts = new HashMap<>();
        Map<Long, List<Long>> settledParts = new HashMap<>();
        List<Long> weights = weights(shares);
        for (PlanFigures.Line line : centre) {
            plannedParts.put(line.id(), QuotaAllocation.split(line.amount(), weights));
            SettledLine entry = entries.get(line.id());
            if (entry != null) {
                settledParts.put(line.id(), QuotaAllocation.split(entry.getAmount(), weights));
            }
        }
        long weightTotal = weights.stream().mapToLong(Long::longValue).sum();
        List<UnitSheet> units = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            PlanFigures.Share share = shares.get(i);
            if (!user.seesAll() && share.unitId() != user.unitId()) {
                continue;
            }
            Map<Long, Long> spent = estimates.getOrDefault(share.unitId(), Map.of());
            List<SheetLine> rows = new ArrayList<>();
            for (PlanFigures.Line line : lines) {
                if (Objects.equals(line.unitId(), share.unitId())) {
                    rows.add(own(line, spent.getOrDefault(line.id(), 0L), entries.get(line.id())));
                }
            }
            for (PlanFigures.Line line : centre) {
                List<Long> parts = settledParts.get(line.id());
                rows.add(new SheetLine(line.id(), line.category(), line.description(), true,
                        plannedParts.get(line.id()).get(i), spent.getOrDefault(line.id(), 0L),
                        parts == null ? null : parts.get(i), null, null, null));
            }
            UnitSettlement state = states.get(share.unitId());
            SettlementState now = state == null ? SettlementState.OPEN : state.getState();
            units.add(new UnitSheet(share.unitId(), share.unitName(), share.quota(),
                    percent(weights.get(i), weightTotal), now,
                    state == null ? null : state.getSubmittedAt(), state == null ? null : state.getSubmittedBy(),
                    state == null ? null : state.getReturnedReason(), state == null ? null : state.getVersion(),
                    rows, evaluating && now == SettlementState.OPEN && mayEnterFor(user, share.unitId()),
                    evaluating && now == SettlementState.SUBMITTED && user.can(Permission.REPORT_ISSUE)));
        }
        List<SheetLine> centreRows = !user.seesAll() ? List.of() : centre.stream()
                .map(line -> own(line, estimates.values().stream().mapToLong(spent -> spent.getOrDefault(line.id(),
                        0L)).sum(), entries.get(line.id()))).toList();
        return new SettlementSheet(campaignId, campaign.getState(), units, centreRows,
                progress(shares, centre, states, entries), evaluating && user.can(Permission.REPORT_ISSUE));
    }

    /** How far the campaign's settlement is (units submitted, centre lines settled); counts only, for anyone who reads progress. */
    public SettlementProgress progress(long campaignId) {
        campaigns.get(campaignId);
        return progress(figures.shares(campaignId), figures.lines(campaignId).stream()
                        .filter(line -> line.unitId() == null).toList(),
                settlements.findByCampaignId(campaignId).stream()
                        .collect(Collectors.toMap(UnitSettlement::getUnitId, state -> state)),
                settled.findByCampaignId(campaignId).stream()
                        .collect(Collectors.toMap(SettledLine::getBudgetLineId, entry -> entry)));
    }

    /** Whether the campaign's settlement is complete: every executing unit submitted, every centre line settled. */
    public boolean isComplete(long campaignId) {
        return progress(campaignId).complete();
    }

    /**
     * Enters or changes what one budget line cost: a unit's line by that unit's manager while its settlement
     * is open, a centre line by the planner; only during evaluation. Refuses a negative or missing amount, a
     * spend without its voucher and an edit of a line changed since it was read, saving nothing.
     */
    @PreAuthorize("hasAnyAuthority('" + Permissions.BUDGET_SETTLE + "', '" + Permissions.REPORT_ISSUE + "')")
    @Transactional
    public SettledLine settle(long budgetLineId, SettlementEntry entry) {
        PlanFigures.Line line = figures.line(budgetLineId)
                .orElseThrow(() -> new RecordNotFound("settlement.line.notfound", budgetLineId));
        Campaign campaign = evaluating(line.campaignId());
        PortalUser user = currentUser.require();
        Long unitId = line.unitId();
        if (unitId == null ? !user.can(Permission.REPORT_ISSUE) : !mayEnterFor(user, unitId)) {
            throw new AccessDeniedException("Budget line " + budgetLineId + " is not settled by the user");
        }
        if (unitId != null) {
            requireOpen(line.campaignId(), unitId);
        }
        validate(entry);
        SettledLine existing = settled.findByBudgetLineId(budgetLineId).orElse(null);
        if (existing == null) {
            if (entry.version() != null) {
                throw new ObjectOptimisticLockingFailureException(SettledLine.class, budgetLineId);
            }
            SettledLine created = new SettledLine(line.campaignId(), budgetLineId, unitId);
            created.enter(entry, user.displayName());
            try {
                settled.saveAndFlush(created);
            } catch (DataIntegrityViolationException enteredMeanwhile) {
                throw new ObjectOptimisticLockingFailureException(SettledLine.class, budgetLineId);
            }
            audit.created(created, "Quyết toán dòng ngân sách " + line.description() + " của chương trình "
                    + campaign.getName());
            return created;
        }
        existing.requireVersion(entry.version() == null ? -1 : entry.version());
        Map<String, Object> before = existing.auditState();
        existing.enter(entry, user.displayName());
        settled.flush();
        audit.updated(existing, before, "Sửa quyết toán dòng ngân sách " + line.description() + " của chương trình "
                + campaign.getName());
        return existing;
    }

    /** Submits the manager's own unit's settlement, once each of its own budget lines is settled; then it is read-only. */
    @PreAuthorize(Permissions.HAS_BUDGET_SETTLE)
    @Transactional
    public UnitSettlement submit(long campaignId, long unitId) {
        Campaign campaign = evaluating(campaignId);
        PortalUser user = currentUser.require();
        if (!mayEnterFor(user, unitId)) {
            throw new AccessDeniedException("Unit " + unitId + " is not the user's own unit");
        }
        PlanFigures.Share share = figures.shares(campaignId).stream().filter(found -> found.unitId() == unitId)
                .findFirst().orElseThrow(() -> new RuleViolation("settlement.noShare", null));
        Set<Long> entered = settled.findByCampaignId(campaignId).stream().map(SettledLine::getBudgetLineId)
                .collect(Collectors.toSet());
        long missing = figures.lines(campaignId).stream()
                .filter(line -> Objects.equals(line.unitId(), unitId) && !entered.contains(line.id())).count();
        if (missing > 0) {
            throw new RuleViolation("settlement.linesMissing", null, missing);
        }
        UnitSettlement settlement = settlements.findByCampaignIdAndUnitId(campaignId, unitId)
                .orElseGet(() -> new UnitSettlement(campaignId, unitId, share.unitName()));
        if (settlement.getState() == SettlementState.SUBMITTED) {
            throw new RuleViolation("settlement.submitted", null);
        }
        Map<String, Object> before = settlement.auditState();
        settlement.submit(clock.instant(), user.displayName());
        settlements.saveAndFlush(settlement);
        audit.stateChanged(settlement, before, "Nộp quyết toán của " + share.unitName() + " cho chương trình "
                + campaign.getName());
        return settlement;
    }

    /** Returns a unit's submitted settlement to it with the planner's reason, read at the given version: it is open again. */
    @PreAuthorize(Permissions.HAS_REPORT_ISSUE)
    @Transactional
    public UnitSettlement returnToUnit(long campaignId, long unitId, long version, String reason) {
        Campaign campaign = evaluating(campaignId);
        UnitSettlement settlement = settlements.findByCampaignIdAndUnitId(campaignId, unitId)
                .filter(found -> found.getState() == SettlementState.SUBMITTED)
                .orElseThrow(() -> new RuleViolation("settlement.notSubmitted", null));
        settlement.requireVersion(version);
        String why = reason.trim();
        if (why.isEmpty()) {
            throw new RuleViolation("settlement.reason.required", "reason");
        }
        if (why.length() > SettlementEntry.NOTE_MAX) {
            throw new RuleViolation("settlement.reason.tooLong", "reason", SettlementEntry.NOTE_MAX);
        }
        Map<String, Object> before = settlement.auditState();
        settlement.returnWith(why);
        settlements.flush();
        audit.stateChanged(settlement, before, "Trả lại quyết toán của " + settlement.getUnitName()
                + " cho chương trình " + campaign.getName() + ": " + why);
        notices.sendToWhoCan(unitId, Permission.BUDGET_SETTLE, Notice.CAMPAIGN, "settlement.notice.returned",
                List.of(campaign.getName(), why), "campaign/" + campaignId);
        return settlement;
    }

    private static SheetLine own(PlanFigures.Line line, long estimated, @Nullable SettledLine entry) {
        return new SheetLine(line.id(), line.category(), line.description(), false, line.amount(), estimated,
                entry == null ? null : entry.getAmount(), entry == null ? null : entry.getVoucher(),
                entry == null ? null : entry.getNote(), entry == null ? null : entry.getVersion());
    }

    private static SettlementProgress progress(List<PlanFigures.Share> shares, List<PlanFigures.Line> centre,
                                               Map<Long, UnitSettlement> states, Map<Long, SettledLine> entries) {
        int submitted = (int) shares.stream().map(share -> states.get(share.unitId()))
                .filter(state -> state != null && state.getState() == SettlementState.SUBMITTED).count();
        int centreSettled = (int) centre.stream().filter(line -> entries.containsKey(line.id())).count();
        return new SettlementProgress(shares.size(), submitted, centre.size(), centreSettled);
    }

    /** The units' weights for the centre lines: their quotas, or their members when no quota was set. */
    private static List<Long> weights(List<PlanFigures.Share> shares) {
        boolean quotas = shares.stream().anyMatch(share -> share.quota() > 0);
        return shares.stream().map(share -> quotas ? share.quota() : share.members()).toList();
    }

    private static BigDecimal percent(long weight, long total) {
        return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(weight * 100).divide(BigDecimal.valueOf(total), 1,
                RoundingMode.HALF_UP);
    }

    private static boolean mayEnterFor(PortalUser user, long unitId) {
        return user.can(Permission.BUDGET_SETTLE) && user.unitId() == unitId;
    }

    private Campaign evaluating(long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        if (campaign.getState() != CampaignState.EVALUATION) {
            throw new RuleViolation("settlement.notEvaluation", null);
        }
        return campaign;
    }

    private void requireOpen(long campaignId, long unitId) {
        settlements.findByCampaignIdAndUnitId(campaignId, unitId)
                .filter(state -> state.getState() == SettlementState.SUBMITTED).ifPresent(state -> {
                    throw new RuleViolation("settlement.submitted", null);
                });
    }

    private static void validate(SettlementEntry entry) {
        if (entry.amount() == null) {
            throw new RuleViolation("settlement.amount.required", "amount");
        }
        if (entry.amount() < 0) {
            throw new RuleViolation("settlement.amount.negative", "amount");
        }
        String voucher = entry.voucherOrNull();
        if (entry.amount() > 0 && voucher == null) {
            throw new RuleViolation("settlement.voucher.required", "voucher");
        }
        if (voucher != null && voucher.length() > SettlementEntry.VOUCHER_MAX) {
            throw new RuleViolation("settlement.voucher.tooLong", "voucher", SettlementEntry.VOUCHER_MAX);
        }
        String note = entry.noteOrNull();
        if (note != null && note.length() > SettlementEntry.NOTE_MAX) {
            throw new RuleViolation("settlement.note.tooLong", "note", SettlementEntry.NOTE_MAX);
        }
    }
}
