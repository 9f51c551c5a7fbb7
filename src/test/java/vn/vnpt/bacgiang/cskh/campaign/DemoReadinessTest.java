package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/** Rolled back: the shares and readiness it gives demo campaign 7 would stay for every later test. */
@Transactional
class DemoReadinessTest extends PortalTest {

    @Autowired
    private CampaignRepository campaigns;
    @Autowired
    private CampaignShareRepository shares;
    @Autowired
    private PlanCounts counts;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private ReadinessGuard guard;
    @Autowired
    private UnitReadinessRepository readiness;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theDemoCampaignInReadinessHasSomeUnitsReadyAndSomeNot() {
        PlanFixture.loadCustomers(jdbc);
        DemoPlans plans = new DemoPlans(campaigns, shares, counts, new ActingUser(users));
        new DemoReadiness(plans, campaigns, guard, readiness, jdbc).openDemoReadiness();

        List<UnitReadiness> units = readiness.findByCampaignIdOrderByUnitNameAsc(7);
        assertThat(units).hasSameSizeAs(shares.findByCampaignIdOrderByUnitNameAsc(7)).hasSizeGreaterThan(1);
        assertThat(units).anyMatch(UnitReadiness::isConfirmed).anyMatch(unit -> !unit.isConfirmed());
        assertThat(units).filteredOn(UnitReadiness::isConfirmed).allMatch(UnitReadiness::isComplete);
    }
}
