package vn.vnpt.bacgiang.cskh.base.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bar chart shows: one bar group per category, one bar per series, and optionally a target
 * per category drawn as a mark across its group. Names are already in the user's language.
 *
 * @param title names the figure for screen readers and captions its table
 * @param categoryName heads the table's first column (e.g. "Unit")
 */
public record ChartModel(String title, String categoryName, List<String> categories, List<Series> bars,
        @Nullable Series target) {

    public ChartModel {
        categories = List.copyOf(categories);
        bars = List.copyOf(bars);
        for (Series series : target == null ? bars : concat(bars, target)) {
            if (series.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + series.name() + " has " + series.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Every series in the order the table lists them: the bars, then the target. */
    public List<Series> allSeries() {
        return target == null ? bars : concat(bars, target);
    }

    private static List<Series> concat(List<Series> bars, Series target) {
        return java.util.stream.Stream.concat(bars.stream(), java.util.stream.Stream.of(target)).toList();
    }

    /** A named row of figures, one per category. */
    public record Series(String name, List<Long> values) {

        public Series {
            values = List.copyOf(values);
        }
    }
}
