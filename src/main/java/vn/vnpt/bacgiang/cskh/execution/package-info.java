/**
 * Step 6, execution: a campaign's frozen members become care tasks of their executing units when it
 * enters execution; the units' sales managers assign them to care staff, who work their worklist
 * and log each contact; progress per unit and staff member against the plan's quotas and KPI targets.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.execution;

import org.jspecify.annotations.NullMarked;
