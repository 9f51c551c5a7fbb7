package vn.vnpt.bacgiang.cskh.report;

/** A finding of the campaign's inspections, as a lesson the planner may start the conclusions from. */
public record Lesson(String unitName, String finding) {
}
