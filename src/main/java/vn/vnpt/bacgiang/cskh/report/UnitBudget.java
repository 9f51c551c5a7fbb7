package vn.vnpt.bacgiang.cskh.report;

/**
 * One executing unit's budget as settlement shows it, in đồng: planned (its own lines and its quota share of the
 * centre's), what step 6's gifts and SMS make it estimated, what is settled, and whether the unit submitted it.
 */
record UnitBudget(long unitId, long planned, long estimated, long settled, boolean submitted) {
}
