package vn.vnpt.bacgiang.cskh.supervision;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.campaign.MoveGuard;

/**
 * Step 7 is done when every inspection planned for the campaign is submitted and every corrective
 * action of their findings is verified; until then a planner cannot start the evaluation, and the
 * Director starts it only with a reason (docs/decisions/0022). A campaign with no inspection planned
 * is not held back: supervision chose not to inspect it.
 */
@Component
class EvaluationGuard implements MoveGuard {

    private static final String COUNTS = """
            SELECT (SELECT COUNT(*) FROM inspection WHERE campaign_id = ?) AS inspections,
                   (SELECT COUNT(*) FROM inspection WHERE campaign_id = ? AND state <> 'SUBMITTED') AS unsubmitted,
                   (SELECT COUNT(*) FROM corrective_action a JOIN finding f ON f.id = a.finding_id
                    JOIN inspection i ON i.id = f.inspection_id WHERE i.campaign_id = ?) AS actions,
                   (SELECT COUNT(*) FROM corrective_action a JOIN finding f ON f.id = a.finding_id
                    JOIN inspection i ON i.id = f.inspection_id
                    WHERE i.campaign_id = ? AND a.state <> 'VERIFIED') AS unverified""";

    private final JdbcTemplate jdbc;

    EvaluationGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CampaignTransition transition() {
        return CampaignTransition.START_EVALUATION;
    }

    @Override
    public Optional<RuleViolation> unmet(long campaignId) {
        Map<String, Object> counts = jdbc.queryForMap(COUNTS, campaignId, campaignId, campaignId, campaignId);
        long unsubmitted = count(counts, "unsubmitted");
        long unverified = count(counts, "unverified");
        if (unsubmitted == 0 && unverified == 0) {
            return Optional.empty();
        }
        return Optional.of(new RuleViolation("supervision.guard.evaluation", null, unsubmitted,
                count(counts, "inspections"), unverified, count(counts, "actions")));
    }

    private static long count(Map<String, Object> counts, String column) {
        return ((Number) counts.get(column)).longValue();
    }
}
