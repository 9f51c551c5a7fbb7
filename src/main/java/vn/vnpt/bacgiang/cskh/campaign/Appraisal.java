package vn.vnpt.bacgiang.cskh.campaign;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.Auditable;

/** One decision of the Director on a submitted plan, with its scores, comment and the plan as submitted. */
public record Appraisal(long id, long campaignId, CampaignTransition decision, Map<AppraisalCriterion, Integer> scores,
                        @Nullable String comment, PlanSnapshot snapshot, long actorId, String actorName,
                        Instant decidedAt) implements Auditable {

    /** The longest comment of a decision (its column's width). */
    public static final int COMMENT_MAX = 2000;

    @Override
    public String auditType() {
        return "Appraisal";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaign", campaignId);
        state.put("decision", decision.name());
        scores.forEach((criterion, score) -> state.put(criterion.name(), score));
        state.put("comment", String.valueOf(comment));
        state.put("budgetTotal", snapshot.budgetTotal());
        return state;
    }
}
