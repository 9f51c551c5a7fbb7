package vn.vnpt.bacgiang.cskh.execution;

import java.util.List;
import java.util.Map;

/** A campaign's contacts per day, in all and per unit id, every list over the same days. */
public record UnitTrends(List<DayContacts> all, Map<Long, List<DayContacts>> units) {

    public UnitTrends {
        all = List.copyOf(all);
        units = Map.copyOf(units);
    }

    public List<DayContacts> of(long unitId) {
        return units.getOrDefault(unitId, List.of());
    }
}
