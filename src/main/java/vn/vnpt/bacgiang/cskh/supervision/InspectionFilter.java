package vn.vnpt.bacgiang.cskh.supervision;

/**
 * Narrows the inspections list: only those due (not yet submitted and planned for today or before), only
 * those with a finding the unit disputes; false for all.
 */
public record InspectionFilter(boolean dueOnly, boolean disputedOnly) {
}
