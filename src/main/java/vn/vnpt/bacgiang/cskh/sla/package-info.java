/**
 * Time that counts for service levels: the working hours and public holidays (kept as data and
 * edited by Admins), working time between two instants, deadlines in working time with pauses, and
 * the state of an SLA clock.
 */
@NullMarked
package vn.vnpt.bacgiang.cskh.sla;

import org.jspecify.annotations.NullMarked;
