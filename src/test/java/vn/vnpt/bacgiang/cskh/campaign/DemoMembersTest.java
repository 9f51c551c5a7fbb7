package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/** Rolled back: freezing the members of demo campaign 8 would change it for every later test. */
@Transactional
class DemoMembersTest extends PortalTest {

    @Autowired
    private CampaignRepository campaigns;
    @Autowired
    private MemberFreeze freeze;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theDemoCampaignInExecutionGetsItsMembersFrozenOnceWithAnExecutingUnitEach() {
        PlanFixture.loadCustomers(jdbc);
        DemoMembers demo = new DemoMembers(campaigns, freeze, new ActingUser(users), transaction);

        demo.freezeDemoMembers();
        long frozen = freeze.count(8);
        demo.freezeDemoMembers();

        assertThat(frozen).isPositive();
        assertThat(freeze.count(8)).isEqualTo(frozen);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM campaign_member m JOIN unit u ON u.id = m.unit_id "
                + "WHERE m.campaign_id = 8 AND u.kind IN ('DISTRICT_SALES', 'ENTERPRISE_SALES')", Long.class))
                .isEqualTo(frozen);
        assertThat(freeze.count(1)).as("a campaign still segmenting has nothing frozen").isZero();
    }
}
