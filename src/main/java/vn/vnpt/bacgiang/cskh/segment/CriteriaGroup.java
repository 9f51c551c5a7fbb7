package vn.vnpt.bacgiang.cskh.segment;

import java.util.List;

/** Criteria that must all hold; an empty group holds for everyone. */
public record CriteriaGroup(List<Criterion> criteria) {

    public CriteriaGroup {
        criteria = List.copyOf(criteria);
    }
}
