package vn.vnpt.bacgiang.cskh.execution;

import java.util.List;
import java.util.Map;

/** A campaign's progress per unit and, per unit id, its care staff's lines (the unassigned tasks under no name). */
public record StaffBreakdown(CampaignProgress progress, Map<Long, List<StaffProgress>> staffByUnit) {

    public StaffBreakdown {
        staffByUnit = Map.copyOf(staffByUnit);
    }

    public List<StaffProgress> staffOf(long unitId) {
        return staffByUnit.getOrDefault(unitId, List.of());
    }
}
