package vn.vnpt.bacgiang.cskh.handoff;

import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.sla.SlaClock;

/** A hand-off as a queue shows it: the record and its SLA clock read now (null when no clock applies). */
public record HandoffRow(Handoff handoff, @Nullable SlaClock sla) {
}
