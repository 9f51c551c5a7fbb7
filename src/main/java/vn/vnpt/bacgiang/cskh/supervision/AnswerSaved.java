package vn.vnpt.bacgiang.cskh.supervision;

/** The saved answer's version (to send with the next change) and the score with it. */
public record AnswerSaved(long version, Scorecard scorecard) {
}
