package vn.vnpt.bacgiang.cskh.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Step 5's checklists: opened for every share's unit when a campaign enters readiness, and whether all units confirmed. */
@Component
class ReadinessGuard {

    private final UnitReadinessRepository readiness;
    private final CampaignShareRepository shares;
    private final JdbcTemplate jdbc;

    ReadinessGuard(UnitReadinessRepository readiness, CampaignShareRepository shares, JdbcTemplate jdbc) {
        this.readiness = readiness;
        this.shares = shares;
        this.jdbc = jdbc;
    }

    /** Opens a checklist for each executing unit (share) of the campaign that has none yet. */
    void open(Campaign campaign) {
        long id = Objects.requireNonNull(campaign.getId());
        Set<Long> open = new HashSet<>();
        readiness.findByCampaignIdOrderByUnitNameAsc(id).forEach(unit -> open.add(unit.getUnitId()));
        for (CampaignShare share : shares.findByCampaignIdOrderByUnitNameAsc(id)) {
            if (open.add(share.getUnitId())) {
                String path = jdbc.queryForObject("SELECT path FROM unit WHERE id = ?", String.class,
                        share.getUnitId());
                readiness.save(new UnitReadiness(id, share.getUnitId(), share.getUnitName(),
                        Objects.requireNonNull(path)));
            }
        }
        readiness.flush();
    }

    /** The units ready (confirmed) and all executing units of the campaign. */
    long[] readyOf(long campaignId) {
        List<UnitReadiness> units = readiness.findByCampaignIdOrderByUnitNameAsc(campaignId);
        return new long[] {units.stream().filter(UnitReadiness::isConfirmed).count(), units.size()};
    }

    /** Whether the campaign has executing units and every one of them confirmed its readiness. */
    boolean allReady(Campaign campaign) {
        long[] ready = readyOf(Objects.requireNonNull(campaign.getId()));
        return ready[1] > 0 && ready[0] == ready[1];
    }
}
