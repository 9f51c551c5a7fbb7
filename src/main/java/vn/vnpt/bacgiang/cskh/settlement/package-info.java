/**
 * Step 8's budget settlement (quyết toán): what each budget line of a campaign actually cost, entered by
 * the executing unit that owns it (the planner for the centre's lines), beside what the plan gave it and
 * what step 6's recorded gifts and messages come to; each unit submits its settlement, and a campaign's
 * settlement is complete once every unit did and every centre line is settled (docs/decisions/0035).
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.settlement;

import org.jspecify.annotations.NullMarked;
