package vn.vnpt.bacgiang.cskh.segment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.org.District;

/** How many customers a segment holds, and how many of them each district and managing unit will care for. */
public record SegmentCount(long total, List<DistrictCount> districts, List<UnitCount> units) {

    public SegmentCount {
        districts = List.copyOf(districts);
        units = List.copyOf(units);
    }

    public long in(District district) {
        return districts.stream().filter(count -> count.district() == district).mapToLong(DistrictCount::count)
                .sum();
    }

    public record DistrictCount(District district, long count) {
    }

    /** A managing unit's customers; the Enterprise Sales Dept manages customers of every district, hence no district. */
    public record UnitCount(long unitId, String unitName, @Nullable District district, long count) {
    }
}
