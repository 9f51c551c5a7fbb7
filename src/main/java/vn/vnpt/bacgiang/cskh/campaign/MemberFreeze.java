package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.segment.SegmentQuery;
import vn.vnpt.bacgiang.cskh.segment.SegmentService;

/**
 * Freezes a campaign's segment members on approval: one {@code INSERT ... SELECT} copies each
 * member with the executing unit its share belongs to (the district sales department whose path
 * is the longest prefix of the customer's managing unit, else PBH DN, as {@link ShareSplit} rolls up).
 */
@Component
class MemberFreeze {

    private static final String EXECUTING_UNIT = """
            :campaign, c.id, COALESCE((SELECT u.id FROM unit u
                WHERE u.kind IN ('DISTRICT_SALES', 'ENTERPRISE_SALES') AND u.active
                  AND c.unit_path LIKE CONCAT(u.path, '%')
                ORDER BY LENGTH(u.path) DESC LIMIT 1), :enterprise)""";

    private final SegmentService segments;
    private final SegmentQuery segmentQuery;
    private final JdbcTemplate jdbc;

    MemberFreeze(SegmentService segments, SegmentQuery segmentQuery, JdbcTemplate jdbc) {
        this.segments = segments;
        this.segmentQuery = segmentQuery;
        this.jdbc = jdbc;
    }

    /** Copies the segment's members now into the campaign's frozen list; returns how many. */
    int freeze(Campaign campaign) {
        Long segmentId = campaign.getSegmentId();
        if (segmentId == null) {
            throw new RuleViolation("campaign.guard.segment", "segmentId");
        }
        long campaignId = java.util.Objects.requireNonNull(campaign.getId());
        jdbc.update("DELETE FROM campaign_member WHERE campaign_id = ?", campaignId);
        Long enterprise = jdbc.queryForObject("SELECT MIN(id) FROM unit WHERE kind = 'ENTERPRISE_SALES' AND active",
                Long.class);
        return segmentQuery.insertMembers(segments.get(segmentId).getCriteria(),
                "INSERT INTO campaign_member (campaign_id, customer_id, unit_id)", EXECUTING_UNIT,
                Map.of("campaign", campaignId, "enterprise", enterprise));
    }

    long count(long campaignId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_member WHERE campaign_id = ?", Long.class,
                campaignId);
        return count == null ? 0 : count;
    }
}
