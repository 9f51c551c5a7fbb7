package vn.vnpt.bacgiang.cskh.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a segment targets: customers matching any of the groups, where a group matches customers
 * meeting all of its criteria, so planners can say "(A and B) or (C and D)". No group at all means
 * every customer in the user's scope.
 */
public record SegmentCriteria(List<CriteriaGroup> groups) {

    public SegmentCriteria {
        groups = List.copyOf(groups);
    }

    public static SegmentCriteria everyone() {
        return new SegmentCriteria(List.of());
    }

    public static SegmentCriteria allOf(Criterion... criteria) {
        return new SegmentCriteria(List.of(new CriteriaGroup(List.of(criteria))));
    }

    public SegmentCriteria or(Criterion... criteria) {
        List<CriteriaGroup> more = new ArrayList<>(groups);
        more.add(new CriteriaGroup(List.of(criteria)));
        return new SegmentCriteria(more);
    }

    /** Refuses impossible criteria with a {@link vn.vnpt.bacgiang.cskh.base.RuleViolation} naming the first one. */
    public void validate() {
        for (int g = 0; g < groups.size(); g++) {
            List<Criterion> criteria = groups.get(g).criteria();
            for (int c = 0; c < criteria.size(); c++) {
                criteria.get(c).validate(fieldOf(g, c));
            }
        }
    }

    /** The field a violation names, so the builder can mark the criterion's editor. */
    private static String fieldOf(int group, int criterion) {
        return "groups[" + group + "].criteria[" + criterion + "]";
    }
}
