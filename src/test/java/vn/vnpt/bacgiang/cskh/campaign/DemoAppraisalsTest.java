package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/** Rolled back: the demo campaigns 5 to 12 are shared by other tests. */
@Transactional
class DemoAppraisalsTest extends PortalTest {

    @Autowired
    private CampaignRepository campaigns;
    @Autowired
    private CampaignShareRepository shares;
    @Autowired
    private PlanCounts counts;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AppraisalService appraisals;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private Clock clock;

    @Test
    void theDemoCampaignsPastAppraisalGetTheirScoredDecisionAndTheTetPlanBecomesAResubmission() {
        PlanFixture.loadCustomers(jdbc);
        ActingUser acting = new ActingUser(users);
        DemoAppraisals demo = new DemoAppraisals(new DemoPlans(campaigns, shares, counts, acting), appraisals, jdbc,
                acting, transaction, clock);

        demo.recordDemoAppraisals();
        demo.recordDemoAppraisals();

        signIn("giamdoc");
        for (long approved = 7; approved <= 11; approved++) {
            assertThat(appraisals.appraisals(approved)).singleElement().satisfies(appraisal -> {
                assertThat(appraisal.decision()).isEqualTo(CampaignTransition.APPROVE);
                assertThat(appraisal.scores()).hasSize(4);
                assertThat(appraisal.snapshot().budgetTotal()).isPositive();
                assertThat(appraisal.actorName()).isEqualTo("Trần Thị Thu Hà");
            });
        }
        for (long returned : List.of(6L, 12L)) {
            assertThat(appraisals.appraisals(returned)).singleElement().satisfies(appraisal -> {
                assertThat(appraisal.decision()).isEqualTo(CampaignTransition.RETURN);
                assertThat(appraisal.comment()).isEqualTo(campaigns.findById(returned).orElseThrow()
                        .getReturnedReason());
            });
        }
        assertThat(appraisals.appraisals(DemoAppraisals.RESUBMITTED)).singleElement()
                .satisfies(appraisal -> assertThat(appraisal.decision()).isEqualTo(CampaignTransition.RETURN));
        assertThat(appraisals.changesSinceLastAppraisal(DemoAppraisals.RESUBMITTED)).extracting(PlanChange::kind)
                .contains(PlanChange.Kind.QUOTA, PlanChange.Kind.BUDGET_TOTAL);
        assertThat(jdbc.queryForList("SELECT to_state FROM campaign_transition WHERE campaign_id = ? ORDER BY at, id",
                String.class, DemoAppraisals.RESUBMITTED)).endsWith("APPRAISAL", "RETURNED", "PLANNING", "APPRAISAL");
        assertThat(appraisals.appraisals(1)).isEmpty();
    }
}
