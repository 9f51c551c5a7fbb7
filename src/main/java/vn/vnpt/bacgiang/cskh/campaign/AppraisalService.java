package vn.vnpt.bacgiang.cskh.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Step 4, appraisal: the Director scores a submitted plan on the set criteria and approves,
 * returns or rejects it. The decision, the scores, the comment and a snapshot of the plan as
 * submitted are recorded in the same transaction as the guarded move, and audited. A resubmitted
 * plan shows what changed since the last appraisal. Scores, comments and snapshots are read only by
 * those who read appraisals (ĐHNV, the Director, Admins): a unit in the field is refused them.
 */
@Service
@PreAuthorize(Permissions.HAS_CAMPAIGN_READ)
@Transactional(readOnly = true)
public class AppraisalService {

    static final Set<CampaignTransition> DECISIONS =
            EnumSet.of(CampaignTransition.APPROVE, CampaignTransition.RETURN, CampaignTransition.REJECT);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CampaignService campaigns;
    private final CarePlanService plans;
    private final ScriptService scripts;
    private final MemberFreeze freeze;
    private final CampaignMoves moves;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    AppraisalService(CampaignService campaigns, CarePlanService plans, ScriptService scripts, MemberFreeze freeze,
                     CampaignMoves moves, JdbcTemplate jdbc, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.scripts = scripts;
        this.freeze = freeze;
        this.moves = moves;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the Director's decision on the campaign read at the given version, with a score from 1
     * to 5 on every criterion, and makes the guarded move (an approval freezes the members there);
     * refuses missing or out-of-range scores, saving nothing.
     */
    @PreAuthorize(Permissions.HAS_APPRAISE)
    @Transactional
    public Appraisal decide(long campaignId, long version, CampaignTransition decision,
                            Map<AppraisalCriterion, @Nullable Integer> scores, @Nullable String comment) {
        if (!DECISIONS.contains(decision)) {
            throw new RuleViolation("campaign.appraisal.notADecision", null);
        }
        Map<AppraisalCriterion, Integer> checked = new EnumMap<>(AppraisalCriterion.class);
        for (AppraisalCriterion criterion : AppraisalCriterion.values()) {
            Integer score = scores.get(criterion);
            if (score == null || score < AppraisalCriterion.MIN || score > AppraisalCriterion.MAX) {
                throw new RuleViolation("campaign.appraisal.score", criterion.name());
            }
            checked.put(criterion, score);
        }
        PlanSnapshot snapshot = snapshot(campaignId);
        PortalUser user = currentUser.require();
        Campaign campaign = moves.move(campaigns.get(campaignId), version, decision.to(), comment, user, true);
        String reason = comment == null || comment.isBlank() ? null : comment.trim();
        Appraisal appraisal = record(jdbc, new Appraisal(0, campaignId, decision, checked, reason, snapshot, user.id(),
                user.displayName(), clock.instant()));
        audit.created(appraisal, "Thẩm định chương trình " + campaign.getName() + ": " + decision.name());
        return appraisal;
    }

    /** Writes the appraisal and returns it with its id (also used by the demo data). */
    static Appraisal record(JdbcTemplate jdbc, Appraisal appraisal) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO appraisal (campaign_id, decision, score_objective, "
                    + "score_feasibility, score_budget, score_script, comment, snapshot, actor_id, actor_name, "
                    + "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, appraisal.campaignId());
            insert.setString(2, appraisal.decision().name());
            int column = 3;
            for (AppraisalCriterion criterion : List.of(AppraisalCriterion.OBJECTIVE_FIT,
                    AppraisalCriterion.QUOTA_FEASIBILITY, AppraisalCriterion.BUDGET_EFFICIENCY,
                    AppraisalCriterion.SCRIPT_QUALITY)) {
                insert.setInt(column++, appraisal.scores().get(criterion));
            }
            insert.setString(7, appraisal.comment());
            insert.setString(8, JSON.writeValueAsString(appraisal.snapshot()));
            insert.setLong(9, appraisal.actorId());
            insert.setString(10, appraisal.actorName());
            insert.setTimestamp(11, Timestamp.from(appraisal.decidedAt()));
            return insert;
        }, key);
        return new Appraisal(Objects.requireNonNull(key.getKey()).longValue(), appraisal.campaignId(),
                appraisal.decision(), appraisal.scores(), appraisal.comment(), appraisal.snapshot(),
                appraisal.actorId(), appraisal.actorName(), appraisal.decidedAt());
    }

    /** How many customers were frozen into the campaign on approval (none before). */
    public long frozenMembers(long campaignId) {
        campaigns.get(campaignId);
        return freeze.count(campaignId);
    }

    /** The campaign's appraisals, newest first. */
    @PreAuthorize(Permissions.HAS_APPRAISAL_READ)
    public List<Appraisal> appraisals(long campaignId) {
        campaigns.get(campaignId);
        return jdbc.query("SELECT * FROM appraisal WHERE campaign_id = ? ORDER BY decided_at DESC, id DESC", ROWS,
                campaignId);
    }

    /** What changed in the plan since its last appraisal; empty when it was never appraised. */
    @PreAuthorize(Permissions.HAS_APPRAISAL_READ)
    public List<PlanChange> changesSinceLastAppraisal(long campaignId) {
        Optional<Appraisal> last = appraisals(campaignId).stream().findFirst();
        return last.map(appraisal -> PlanChange.between(appraisal.snapshot(), snapshot(campaignId)))
                .orElse(List.of());
    }

    /** Whether the campaign was appraised before (its plan was resubmitted). */
    @PreAuthorize(Permissions.HAS_APPRAISAL_READ)
    public boolean wasAppraised(long campaignId) {
        return !appraisals(campaignId).isEmpty();
    }

    /** The plan now: quotas and budget totals per unit, budget lines, approved script versions. */
    @PreAuthorize(Permissions.HAS_APPRAISAL_READ)
    public PlanSnapshot snapshot(long campaignId) {
        Map<String, Long> quotas = new LinkedHashMap<>();
        plans.shares(campaignId).forEach(share -> quotas.put(share.getUnitName(),
                share.getQuota() == null ? 0L : share.getQuota()));
        List<BudgetLine> budget = plans.budget(campaignId);
        CarePlanService.BudgetTotals totals = plans.totals(budget);
        List<PlanSnapshot.Line> lines = budget.stream().map(line -> new PlanSnapshot.Line(
                line.getUnitName() == null ? "" : line.getUnitName(), String.valueOf(line.getCategory()),
                line.getDescription(), line.getAmount())).toList();
        Map<String, PlanSnapshot.ScriptVersion> approved = new LinkedHashMap<>();
        scripts.scripts(campaignId).forEach(entry -> entry.approved().ifPresent(version -> approved.put(
                entry.script().getTitle(), new PlanSnapshot.ScriptVersion(Objects.requireNonNull(version.getId()), version.getNumber()))));
        return new PlanSnapshot(quotas, new LinkedHashMap<>(totals.perUnit()), totals.overall(), lines, approved);
    }

    private static final RowMapper<Appraisal> ROWS = (rs, row) -> {
        Map<AppraisalCriterion, Integer> scores = new EnumMap<>(AppraisalCriterion.class);
        for (AppraisalCriterion criterion : AppraisalCriterion.values()) {
            scores.put(criterion, rs.getInt(criterion.column()));
        }
        return new Appraisal(rs.getLong("id"), rs.getLong("campaign_id"),
                CampaignTransition.valueOf(rs.getString("decision")), scores, rs.getString("comment"),
                JSON.readValue(rs.getString("snapshot"), PlanSnapshot.class), rs.getLong("actor_id"),
                rs.getString("actor_name"), rs.getTimestamp("decided_at").toInstant());
    };
}
