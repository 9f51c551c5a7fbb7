package vn.vnpt.bacgiang.cskh.report;

import java.util.List;
import vn.vnpt.bacgiang.cskh.execution.DayContacts;
import vn.vnpt.bacgiang.cskh.execution.StaffProgress;
import vn.vnpt.bacgiang.cskh.supervision.CampaignFinding;

/** What the report's appendix shows of one executing unit: its care staff, its days, its findings. */
record UnitAppendix(long unitId, List<StaffProgress> staff, List<DayContacts> trend, List<CampaignFinding> findings) {
}
