package vn.vnpt.bacgiang.cskh.campaign;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/**
 * The run command's demo appraisals. The demo campaigns past step 4 were inserted approved or
 * returned without the Director's scored appraisal, and their plans (shares) exist only once the
 * demo customers are loaded; so at the demo start each decision out of appraisal in their history
 * gets its appraisal record (scores, comment, the plan as snapshot). The Tết campaign in appraisal
 * becomes a resubmission: returned four days ago with higher quotas and a dearer gift, fixed and
 * resubmitted yesterday, so the Director sees what changed since the last appraisal.
 */
@Component
@Profile("demo")
class DemoAppraisals {

    /** db/demo V5_1: "Quà Tết Bính Ngọ cho khách hàng VIP", in appraisal. */
    static final long RESUBMITTED = 5;
    private static final Logger log = LoggerFactory.getLogger(DemoAppraisals.class);
    private static final long DIRECTOR_ID = 2;
    private static final String DIRECTOR_NAME = "Trần Thị Thu Hà";
    private static final String RETURN_REASON = "Chỉ tiêu 100 % khách hàng VIP chưa khả thi trước Tết và giá hộp quà "
            + "vượt định mức; đề nghị hạ chỉ tiêu còn 90 % và chọn hộp quà 450.000 ₫.";

    private final DemoPlans plans;
    private final AppraisalService appraisals;
    private final JdbcTemplate jdbc;
    private final ActingUser acting;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAppraisals(DemoPlans plans, AppraisalService appraisals, JdbcTemplate jdbc, ActingUser acting,
                   TransactionTemplate transaction, Clock clock) {
        this.plans = plans;
        this.appraisals = appraisals;
        this.jdbc = jdbc;
        this.acting = acting;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordDemoAppraisals() {
        plans.splitDemoPlans(); // idempotent: the snapshots read the shares
        acting.run("kehoach", planner -> {
            Integer recorded = transaction.execute(status -> resubmit() + recordDecisions());
            if (recorded != null && recorded > 0) {
                log.info("Recorded {} demo appraisals", recorded);
            }
        });
    }

    /** An appraisal for every decision out of appraisal in a campaign's history that has none yet. */
    private int recordDecisions() {
        List<Map<String, Object>> decisions = jdbc.queryForList("SELECT t.campaign_id, t.to_state, t.actor_id, "
                + "t.actor_name, t.at, t.comment FROM campaign_transition t WHERE t.from_state = 'APPRAISAL' "
                + "AND NOT EXISTS (SELECT 1 FROM appraisal a WHERE a.campaign_id = t.campaign_id) ORDER BY t.at, t.id");
        for (Map<String, Object> decision : decisions) {
            long campaignId = ((Number) decision.get("campaign_id")).longValue();
            CampaignTransition transition = CampaignTransition.between(CampaignState.APPRAISAL,
                    CampaignState.valueOf((String) decision.get("to_state"))).orElseThrow();
            String comment = (String) decision.get("comment");
            AppraisalService.record(jdbc, new Appraisal(0, campaignId, transition, scores(transition),
                    comment != null ? comment : "Kế hoạch khả thi, chỉ tiêu và ngân sách hợp lý; đồng ý triển khai.",
                    appraisals.snapshot(campaignId), ((Number) decision.get("actor_id")).longValue(),
                    (String) decision.get("actor_name"), ((Timestamp) decision.get("at")).toInstant()));
        }
        return decisions.size();
    }

    /** Makes the Tết campaign a plan returned once and resubmitted, unless it was appraised or moved on. */
    private int resubmit() {
        Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM campaign c WHERE c.id = ? AND c.state = 'APPRAISAL' "
                + "AND NOT EXISTS (SELECT 1 FROM appraisal a WHERE a.campaign_id = c.id) "
                + "AND EXISTS (SELECT 1 FROM campaign_share s WHERE s.campaign_id = c.id)", Integer.class, RESUBMITTED);
        if (open == null || open == 0) {
            return 0;
        }
        Map<String, Object> owner = jdbc.queryForMap("SELECT owner_id, owner_name FROM campaign WHERE id = ?",
                RESUBMITTED);
        long ownerId = ((Number) owner.get("owner_id")).longValue();
        String ownerName = (String) owner.get("owner_name");
        Instant now = clock.instant();
        Instant returnedAt = now.minus(Duration.ofDays(4));
        move(CampaignState.APPRAISAL, CampaignState.RETURNED, DIRECTOR_ID, DIRECTOR_NAME, returnedAt, RETURN_REASON);
        move(CampaignState.RETURNED, CampaignState.PLANNING, ownerId, ownerName, now.minus(Duration.ofDays(3)), null);
        move(CampaignState.PLANNING, CampaignState.APPRAISAL, ownerId, ownerName, now.minus(Duration.ofDays(1)), null);
        Map<AppraisalCriterion, Integer> scores = new EnumMap<>(AppraisalCriterion.class);
        scores.put(AppraisalCriterion.OBJECTIVE_FIT, 4);
        scores.put(AppraisalCriterion.QUOTA_FEASIBILITY, 2);
        scores.put(AppraisalCriterion.BUDGET_EFFICIENCY, 2);
        scores.put(AppraisalCriterion.SCRIPT_QUALITY, 4);
        AppraisalService.record(jdbc, new Appraisal(0, RESUBMITTED, CampaignTransition.RETURN, scores, RETURN_REASON,
                asFirstSubmitted(appraisals.snapshot(RESUBMITTED)), DIRECTOR_ID, DIRECTOR_NAME, returnedAt));
        return 1;
    }

    /** The plan before the fix: every member as quota, and gift boxes at 520.000 ₫ instead of 450.000 ₫. */
    private PlanSnapshot asFirstSubmitted(PlanSnapshot now) {
        Map<String, Long> quotas = new LinkedHashMap<>();
        jdbc.query("SELECT unit_name, members FROM campaign_share WHERE campaign_id = ? ORDER BY unit_name",
                row -> {
                    quotas.put(row.getString(1), row.getLong(2));
                }, RESUBMITTED);
        long extra = 0;
        List<PlanSnapshot.Line> lines = new ArrayList<>();
        for (PlanSnapshot.Line line : now.lines()) {
            if (line.category().equals("GIFT")) {
                long more = line.amount() / 450_000 * 70_000;
                extra += more;
                lines.add(new PlanSnapshot.Line(line.unit(), line.category(), line.description(), line.amount() + more));
            } else {
                lines.add(line);
            }
        }
        Map<String, Long> perUnit = new LinkedHashMap<>(now.budgetPerUnit());
        long added = extra;
        perUnit.computeIfPresent("", (unit, amount) -> amount + added);
        return new PlanSnapshot(quotas, perUnit, now.budgetTotal() + extra, lines, now.scripts());
    }

    private void move(CampaignState from, CampaignState to, long actorId, String actorName, Instant at,
                      @Nullable String comment) {
        jdbc.update("INSERT INTO campaign_transition (campaign_id, from_state, to_state, actor_id, actor_name, at, "
                + "comment) VALUES (?, ?, ?, ?, ?, ?, ?)", RESUBMITTED, from.name(), to.name(), actorId, actorName,
                Timestamp.from(at), comment);
    }

    private static Map<AppraisalCriterion, Integer> scores(CampaignTransition decision) {
        int[] values = decision == CampaignTransition.APPROVE ? new int[] {5, 4, 4, 5} : new int[] {3, 2, 2, 4};
        Map<AppraisalCriterion, Integer> scores = new EnumMap<>(AppraisalCriterion.class);
        AppraisalCriterion[] criteria = AppraisalCriterion.values();
        for (int i = 0; i < criteria.length; i++) {
            scores.put(criteria[i], values[i]);
        }
        return scores;
    }
}
