package vn.vnpt.bacgiang.cskh.segment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/**
 * The run command's demo segments are inserted by a migration, before the demo customers exist, so
 * they would show "0 customers when saved": once the customers are loaded, each of the planner's
 * segments that counted nothing is counted as if it had been saved now, in the planner's scope.
 */
@Component
@Profile("demo")
class DemoSegments {

    private static final Logger log = LoggerFactory.getLogger(DemoSegments.class);
    private static final String PLANNER = "kehoach";

    private final SegmentRepository segments;
    private final SegmentQuery query;
    private final ActingUser acting;
    private final TransactionTemplate transaction;

    DemoSegments(SegmentRepository segments, SegmentQuery query, ActingUser acting,
                 TransactionTemplate transaction) {
        this.segments = segments;
        this.query = query;
        this.acting = acting;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void countDemoSegments() {
        acting.run(PLANNER, planner -> {
            long ownerId = planner.id();
            Integer counted = transaction.execute(status -> {
                int recounted = 0;
                for (Segment segment : segments.findVisible(ownerId, PageRequest.of(0, 100))) {
                    if (segment.getMemberCount() == 0 && segment.getDistrictCounts().isEmpty()) {
                        segment.counted(query.count(segment.getCriteria()), segment.getSavedAt());
                        recounted++;
                    }
                }
                return recounted;
            });
            if (counted != null && counted > 0) {
                log.info("Counted the members of {} demo segments", counted);
            }
        });
    }
}
