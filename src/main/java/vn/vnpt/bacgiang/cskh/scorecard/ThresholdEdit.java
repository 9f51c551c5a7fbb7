package vn.vnpt.bacgiang.cskh.scorecard;

/** An Admin's new thresholds for one figure, made on the threshold read at {@code version}. */
public record ThresholdEdit(Metric metric, long version, int warnAt, int alertAt) {
}
