package vn.vnpt.bacgiang.cskh.scorecard;

import java.util.EnumMap;
import java.util.Map;

/** One unit's figures on one day, for the metrics of its side (the others are zero). */
record UnitFigures(long unitId, String unitName, Metric.Side side, Map<Metric, Long> values) {

    UnitFigures {
        values = new EnumMap<>(values);
    }

    long value(Metric metric) {
        return values.getOrDefault(metric, 0L);
    }
}
