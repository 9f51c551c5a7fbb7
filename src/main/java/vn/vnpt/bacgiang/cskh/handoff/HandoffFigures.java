package vn.vnpt.bacgiang.cskh.handoff;

/** The hand-offs of the user's default queue still open, and how many of them are past their deadline. */
public record HandoffFigures(QueueFilter.Mode mode, long open, long overdue) {
}
