package vn.vnpt.bacgiang.cskh.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.segment.SegmentCount;
import vn.vnpt.bacgiang.cskh.segment.SegmentQuery;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

/** The live member counts of a campaign's segment per managing unit, and the executing units they roll up to. */
@Component
class PlanCounts {

    private final SegmentService segments;
    private final SegmentQuery segmentQuery;
    private final JdbcTemplate jdbc;

    PlanCounts(SegmentService segments, SegmentQuery segmentQuery, JdbcTemplate jdbc) {
        this.segments = segments;
        this.segmentQuery = segmentQuery;
        this.jdbc = jdbc;
    }

    /** The segment's members per managing unit path; members of no known unit under a null path. */
    List<ShareSplit.ManagedCount> managedCounts(Campaign campaign) {
        Long segmentId = campaign.getSegmentId();
        if (segmentId == null) {
            throw new RuleViolation("campaign.guard.segment", "segmentId");
        }
        SegmentCount count = segmentQuery.count(segments.get(segmentId).getCriteria());
        Map<Long, String> paths = new HashMap<>();
        jdbc.query("SELECT id, path FROM unit", row -> {
            paths.put(row.getLong("id"), row.getString("path"));
        });
        List<ShareSplit.ManagedCount> counts = new ArrayList<>();
        count.units().forEach(unit -> counts.add(new ShareSplit.ManagedCount(paths.get(unit.unitId()), unit.count())));
        long counted = counts.stream().mapToLong(ShareSplit.ManagedCount::members).sum();
        if (counted < count.total()) {
            counts.add(new ShareSplit.ManagedCount(null, count.total() - counted));
        }
        return counts;
    }

    long segmentTotal(Campaign campaign) {
        return managedCounts(campaign).stream().mapToLong(ShareSplit.ManagedCount::members).sum();
    }

    List<ShareSplit.ExecutingUnit> executingUnits() {
        return jdbc.query("SELECT id, name, path, kind FROM unit WHERE kind IN ('DISTRICT_SALES', 'ENTERPRISE_SALES') "
                + "AND active ORDER BY id", (row, index) -> new ShareSplit.ExecutingUnit(row.getLong("id"),
                row.getString("name"), row.getString("path"), "ENTERPRISE_SALES".equals(row.getString("kind"))));
    }
}
