package vn.vnpt.bacgiang.cskh.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.campaign.StateChange;

/** Step 7's guard on the start of evaluation, contributed to the campaign's workflow (decision 0022). Rolled back. */
@Transactional
class EvaluationGuardTest extends PortalTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private StepSevenFixture stepSeven;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void startingTheEvaluationOfDemoCampaignNineIsRefusedWithTheCountsOfInspectionsAndActionsStillOpen()
            throws Exception {
        stepSeven.planned(SupervisionFixture.CAMPAIGN, StepSevenFixture.TAN_YEN_SALES);
        long unsubmitted = count("SELECT COUNT(*) FROM inspection WHERE campaign_id = 9 AND state <> 'SUBMITTED'");
        long inspections = count("SELECT COUNT(*) FROM inspection WHERE campaign_id = 9");
        long unverified = count("SELECT COUNT(*) FROM corrective_action a JOIN finding f ON f.id = a.finding_id "
                + "JOIN inspection i ON i.id = f.inspection_id WHERE i.campaign_id = 9 AND a.state <> 'VERIFIED'");
        long actions = count("SELECT COUNT(*) FROM corrective_action a JOIN finding f ON f.id = a.finding_id "
                + "JOIN inspection i ON i.id = f.inspection_id WHERE i.campaign_id = 9");
        signIn("kehoach");
        Campaign nine = campaigns.get(9);

        RuleViolation refused = campaigns.refusal(nine, CampaignTransition.START_EVALUATION).orElseThrow();

        assertThat(unsubmitted).isPositive();
        assertThat(refused.messageKey()).isEqualTo("supervision.guard.evaluation");
        assertThat(refused.arguments()).containsExactly(unsubmitted, inspections, unverified, actions);
        assertThatThrownBy(() -> campaigns.move(9, nine.getVersion(), CampaignState.EVALUATION, "Muốn đánh giá sớm"))
                .isInstanceOf(RuleViolation.class).hasMessage("supervision.guard.evaluation");
        assertThat(campaigns.get(9).getState()).isEqualTo(CampaignState.SUPERVISION);
    }

    @Test
    void aPlannerStartsTheEvaluationOnlyOnceEveryInspectionIsSubmittedAndEveryActionVerified() throws Exception {
        long campaign = stepSeven.campaignInSupervision("Giám sát xong");
        long inspection = stepSeven.planned(campaign);
        assertThat(unmet(campaign)).containsExactly(1L, 1L, 0L, 0L);

        stepSeven.submittedWithOneFinding(inspection);
        CorrectiveAction action = stepSeven.actionOnTheFinding(inspection);
        assertThat(unmet(campaign)).containsExactly(0L, 1L, 1L, 1L);
        CorrectiveAction done = stepSeven.done(action);
        assertThat(unmet(campaign)).containsExactly(0L, 1L, 1L, 1L);
        stepSeven.verified(done);
        assertThat(as("kehoach", () -> campaigns.refusal(campaigns.get(campaign),
                CampaignTransition.START_EVALUATION))).isEmpty();
        assertThat(as("kehoach", () -> campaigns.needsComment(campaigns.get(campaign),
                CampaignTransition.START_EVALUATION))).isFalse();

        Campaign evaluated = as("kehoach", () -> campaigns.move(campaign, campaigns.get(campaign).getVersion(),
                CampaignState.EVALUATION, null));

        assertThat(evaluated.getState()).isEqualTo(CampaignState.EVALUATION);
        assertThat(as("kehoach", () -> campaigns.history(campaign)).getLast().getComment()).isNull();
    }

    @Test
    void theDirectorStartsTheEvaluationOverAnUnsubmittedInspectionOnlyWithAReasonKeptInTheHistoryAndTheAudit()
            throws Exception {
        long campaign = stepSeven.campaignInSupervision("Ban Giám đốc cho đánh giá");
        stepSeven.planned(campaign);
        signIn("giamdoc");
        Campaign supervised = campaigns.get(campaign);
        assertThat(campaigns.allowedTransitions(supervised)).contains(CampaignTransition.START_EVALUATION);
        assertThat(campaigns.refusal(supervised, CampaignTransition.START_EVALUATION)).isEmpty();
        assertThat(campaigns.needsComment(supervised, CampaignTransition.START_EVALUATION)).isTrue();
        assertThat(campaigns.overridden(supervised, CampaignTransition.START_EVALUATION)).get()
                .extracting(RuleViolation::messageKey).isEqualTo("supervision.guard.evaluation");

        assertThatThrownBy(() -> campaigns.move(campaign, supervised.getVersion(), CampaignState.EVALUATION, " "))
                .isInstanceOf(RuleViolation.class).hasMessage("campaign.comment.required");
        Campaign evaluated = campaigns.move(campaign, supervised.getVersion(), CampaignState.EVALUATION,
                "Đơn vị đã giải thể, không thể kiểm tra");

        assertThat(evaluated.getState()).isEqualTo(CampaignState.EVALUATION);
        StateChange override = campaigns.history(campaign).getLast();
        assertThat(override.getActorName()).isEqualTo("Trần Thị Thu Hà");
        assertThat(override.getComment()).isEqualTo("Đơn vị đã giải thể, không thể kiểm tra");
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Campaign' AND entity_id = '"
                + campaign + "' AND action = 'STATE_CHANGE' AND summary LIKE '%EVALUATION%'")).isEqualTo(1);
    }

    @Test
    void aPlannerCannotOverrideTheGuardEvenWithAReason() throws Exception {
        long campaign = stepSeven.campaignInSupervision("Kế hoạch không vượt quyền");
        stepSeven.planned(campaign);
        signIn("kehoach");

        assertThatThrownBy(() -> campaigns.move(campaign, campaigns.get(campaign).getVersion(),
                CampaignState.EVALUATION, "Đã đủ thời gian")).isInstanceOf(RuleViolation.class)
                .hasMessage("supervision.guard.evaluation");
        assertThat(campaigns.get(campaign).getState()).isEqualTo(CampaignState.SUPERVISION);
    }

    private Object[] unmet(long campaign) throws Exception {
        return as("kehoach", () -> campaigns.refusal(campaigns.get(campaign), CampaignTransition.START_EVALUATION))
                .orElseThrow().arguments();
    }

    private long count(String sql) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class));
    }
}
