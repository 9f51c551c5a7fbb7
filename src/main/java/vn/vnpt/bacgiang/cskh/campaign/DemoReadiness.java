package vn.vnpt.bacgiang.cskh.campaign;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The run command's demo readiness: once the demo plans are split (their shares come from the demo
 * customers), each demo campaign in readiness gets a checklist per executing unit, every other unit
 * confirmed by its sales manager and the rest half done, so the board's "units not ready" flag shows.
 */
@Component
@Profile("demo")
class DemoReadiness {

    private static final Logger log = LoggerFactory.getLogger(DemoReadiness.class);

    private final DemoPlans plans;
    private final CampaignRepository campaigns;
    private final ReadinessGuard guard;
    private final UnitReadinessRepository readiness;
    private final JdbcTemplate jdbc;

    DemoReadiness(DemoPlans plans, CampaignRepository campaigns, ReadinessGuard guard,
                  UnitReadinessRepository readiness, JdbcTemplate jdbc) {
        this.plans = plans;
        this.campaigns = campaigns;
        this.guard = guard;
        this.readiness = readiness;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openDemoReadiness() {
        plans.splitDemoPlans(); // idempotent: the shares must exist before the checklists
        int opened = 0;
        for (Campaign campaign : campaigns.findInStates(EnumSet.of(CampaignState.READINESS))) {
            long id = Objects.requireNonNull(campaign.getId());
            if (!readiness.findByCampaignIdOrderByUnitNameAsc(id).isEmpty()) {
                continue;
            }
            guard.open(campaign);
            List<UnitReadiness> units = readiness.findByCampaignIdOrderByUnitNameAsc(id);
            for (int i = 0; i < units.size(); i++) {
                UnitReadiness unit = units.get(i);
                unit.setStaffAssigned(true);
                unit.setBudgetReceived(true);
                if (i % 2 == 0) {
                    unit.setListBriefed(true);
                    unit.setScheduleSet(true);
                    List<Map<String, Object>> managers = jdbc.queryForList("SELECT a.id, a.full_name "
                            + "FROM user_account a JOIN user_role r ON r.user_id = a.id WHERE r.role = 'SALES_MANAGER' "
                            + "AND a.unit_id = ? ORDER BY a.id LIMIT 1", unit.getUnitId());
                    if (!managers.isEmpty()) {
                        unit.confirm(((Number) managers.get(0).get("id")).longValue(),
                                String.valueOf(managers.get(0).get("full_name")), Instant.now());
                    }
                }
                readiness.save(unit);
            }
            opened++;
        }
        if (opened > 0) {
            log.info("Opened the demo readiness of {} campaigns", opened);
        }
    }
}
