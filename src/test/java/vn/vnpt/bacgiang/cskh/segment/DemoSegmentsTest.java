package vn.vnpt.bacgiang.cskh.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/** Rolled back: it recounts the demo's own saved segments. */
@Transactional
class DemoSegmentsTest extends PortalTest {

    @Autowired
    private SegmentRepository segments;
    @Autowired
    private SegmentQuery query;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theDemoSegmentsSavedBeforeTheCustomersWereLoadedShowWhatTheyCountOnceTheCustomersAreThere() throws Exception {
        ExecutionFixture.customer(jdbc, "Khách hàng gắn bó lâu năm", ExecutionFixture.NENH);
        jdbc.update("UPDATE segment SET member_count = 0, district_counts = '{}' WHERE owner_id = 4");
        long segmentId = jdbc.queryForObject("SELECT id FROM segment WHERE owner_id = 4 AND name = ?", Long.class,
                "Khách hàng gắn bó trên 10 năm");

        new DemoSegments(segments, query, new ActingUser(users), transaction).countDemoSegments();

        Segment counted = segments.findById(segmentId).orElseThrow();
        long expected = as("kehoach", () -> query.count(counted.getCriteria()).total());
        assertThat(expected).isPositive();
        assertThat(counted.getMemberCount()).isEqualTo(expected);
        assertThat(counted.getDistrictCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);
    }
}
