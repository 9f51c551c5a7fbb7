package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/** Rolled back: the shares and budget lines it gives demo campaigns 5 and 7 would stay for every later test. */
@Transactional
class DemoPlansTest extends PortalTest {

    @Autowired
    private CampaignRepository campaigns;
    @Autowired
    private CampaignShareRepository shares;
    @Autowired
    private PlanCounts counts;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theDemoCampaignsFromPlanningOnGetSharesCoveringTheirSegmentAndTheLaterOnesABudget() {
        PlanFixture.loadCustomers(jdbc);
        new DemoPlans(campaigns, shares, counts, new ActingUser(users)).splitDemoPlans();

        Campaign tetGifts = campaigns.findById(5L).orElseThrow();
        signIn("kehoach");
        assertThat(shares.findByCampaignIdOrderByUnitNameAsc(5).stream().mapToLong(CampaignShare::getMembers).sum())
                .isEqualTo(counts.segmentTotal(tetGifts)).isPositive();
        assertThat(shares.findByCampaignIdOrderByUnitNameAsc(3)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM budget_line WHERE campaign_id = 5", Long.class))
                .isEqualTo(400 * 450_000L + 20 * 800_000L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM budget_line WHERE campaign_id = 4", Long.class)).isZero();
    }
}
