package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.campaign.CampaignTransition;
import vn.vnpt.bacgiang.cskh.settlement.SettlementFixture;

/** The planner's conclusions of a campaign in evaluation: written, submitted, taken back; the close guard. Rolled back. */
@Transactional
class EvaluationServiceTest extends PortalTest {

    private static final long LUC_NAM = 11;

    @Autowired
    private EvaluationService evaluations;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void thePlannerWritesAndSubmitsTheConclusionsWhichLetsTheDirectorCloseWithoutAReason() throws Exception {
        long campaign = CampaignFixture.inState(jdbc, "Kết luận", CampaignState.EVALUATION, LUC_NAM);
        SettlementFixture.settledInFull(jdbc, campaign);
        assertThat(closeGuard(campaign)).contains("report.evaluation.guard.notSubmitted");

        Evaluation saved = as("kehoach", () -> evaluations.save(campaign, null, "Đạt 90 %", null));
        long readAt = saved.getVersion();
        Evaluation submitted = as("kehoach", () -> evaluations.submit(campaign, readAt, "  Đạt 92 % chỉ tiêu tiếp cận. ",
                "Mở rộng cho khách hàng doanh nghiệp."));

        assertThat(submitted.getState()).isEqualTo(EvaluationState.SUBMITTED);
        assertThat(submitted.getConclusions()).isEqualTo("Đạt 92 % chỉ tiêu tiếp cận.");
        assertThat(submitted.getSubmittedByName()).isEqualTo(jdbc.queryForObject(
                "SELECT full_name FROM user_account WHERE username = 'kehoach'", String.class));
        assertThat(closeGuard(campaign)).isEmpty();
        assertThat(as("giamdoc", () -> evaluations.of(campaign)).getProposals())
                .isEqualTo("Mở rộng cho khách hàng doanh nghiệp.");
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'Evaluation' AND entity_id = ? "
                + "ORDER BY id", String.class, String.valueOf(submitted.getId()))).containsExactly("CREATE", "UPDATE", "STATE_CHANGE");
    }

    @Test
    void emptyConclusionsAreNotSubmittedAndTooLongOnesNotSaved() throws Exception {
        long campaign = CampaignFixture.inState(jdbc, "Kết luận trống", CampaignState.EVALUATION, LUC_NAM);
        Evaluation saved = as("kehoach", () -> evaluations.save(campaign, null, " ", "Chỉ có đề xuất"));
        long readAt = saved.getVersion();

        assertThatThrownBy(() -> as("kehoach", () -> evaluations.submit(campaign, readAt, " ", "Chỉ có đề xuất")))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("report.evaluation.conclusionsRequired");
                    assertThat(refused.field()).isEqualTo("conclusions");
                });
        assertThatThrownBy(() -> as("kehoach", () -> evaluations.save(campaign, readAt,
                "x".repeat(Evaluation.MAX_TEXT + 1), null))).isInstanceOf(ConstraintViolationException.class);
        assertThat(as("kehoach", () -> evaluations.of(campaign)).getState()).isEqualTo(EvaluationState.DRAFT);
        assertThat(jdbc.queryForObject("SELECT conclusions IS NULL FROM evaluation WHERE campaign_id = ?", Boolean.class,
                campaign)).isTrue();
    }

    @Test
    void aStaleVersionIsRefusedAndASubmittedReportIsTakenBackBeforeItChanges() throws Exception {
        long campaign = CampaignFixture.inState(jdbc, "Kết luận cũ", CampaignState.EVALUATION, LUC_NAM);
        SettlementFixture.settledInFull(jdbc, campaign);
        long first = as("kehoach", () -> evaluations.save(campaign, null, "Bản đầu", null)).getVersion();
        as("kehoach2", () -> evaluations.save(campaign, first, "Bản của người khác", null));

        assertThatThrownBy(() -> as("kehoach", () -> evaluations.save(campaign, first, "Bản sau", null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as("kehoach", () -> evaluations.save(campaign, null, "Bản mới", null)))
                .isInstanceOf(RuleViolation.class).hasMessage("report.evaluation.stale");

        long current = as("kehoach", () -> evaluations.of(campaign)).getVersion();
        long submitted = as("kehoach", () -> evaluations.submit(campaign, current, "Bản nộp", null)).getVersion();
        assertThatThrownBy(() -> as("kehoach", () -> evaluations.save(campaign, submitted, "Sửa", null)))
                .isInstanceOf(RuleViolation.class).hasMessage("report.evaluation.alreadySubmitted");
        Evaluation back = as("kehoach", () -> evaluations.withdraw(campaign, submitted));
        assertThat(back.getState()).isEqualTo(EvaluationState.DRAFT);
        assertThat(closeGuard(campaign)).contains("report.evaluation.guard.notSubmitted");
    }

    @Test
    void conclusionsAreWrittenOnlyInStepEight() throws Exception {
        long campaign = CampaignFixture.inState(jdbc, "Chưa đánh giá", CampaignState.SUPERVISION, LUC_NAM);

        assertThatThrownBy(() -> as("kehoach", () -> evaluations.save(campaign, null, "Sớm quá", null)))
                .isInstanceOf(RuleViolation.class).hasMessage("report.evaluation.notInEvaluation");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE campaign_id = ?", Integer.class, campaign))
                .isZero();
    }

    private java.util.Optional<String> closeGuard(long campaign) throws Exception {
        return as("giamdoc", () -> campaigns.overridden(campaigns.get(campaign), CampaignTransition.CLOSE))
                .map(RuleViolation::messageKey);
    }
}
