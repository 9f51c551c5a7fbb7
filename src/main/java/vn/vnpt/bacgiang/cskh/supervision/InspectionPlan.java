package vn.vnpt.bacgiang.cskh.supervision;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the planning form asks: the template, a campaign and unit (or a TTVT and a period), the date. */
public record InspectionPlan(@Nullable Long templateId, @Nullable Long campaignId, @Nullable Long unitId,
                             @Nullable LocalDate periodStart, @Nullable LocalDate periodEnd,
                             @Nullable LocalDate plannedOn) {
}
