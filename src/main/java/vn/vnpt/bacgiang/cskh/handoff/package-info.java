/**
 * Hand-offs (yêu cầu chuyển xử lý): care requests passed from the business side to the unit that can
 * process them (a district TTVT, ĐHNV/billing, PBH DN) with a context packet, a guarded life cycle,
 * a thread, working-hour service levels and escalation of overdue ones.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.handoff;

import org.jspecify.annotations.NullMarked;
