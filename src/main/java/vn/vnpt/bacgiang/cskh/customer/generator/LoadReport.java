package vn.vnpt.bacgiang.cskh.customer.generator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long generating the files, loading each table and committing took. InnoDB may finish building
 * the indexes of a bulk load only at the commit.
 */
record LoadReport(int customers, Duration generation, List<TableLoad> tables, Duration commit) {

    record TableLoad(PopulationTable table, long rows, Duration time) {

        long rowsPerSecond() {
            return Math.round(rows / Math.max(time.toNanos() / 1e9, 1e-3));
        }
    }

    LoadReport committedIn(Duration commit) {
        return new LoadReport(customers, generation, tables, commit);
    }

    Duration total() {
        return tables.stream().map(TableLoad::time).reduce(generation.plus(commit), Duration::plus);
    }

    long rows() {
        return tables.stream().mapToLong(TableLoad::rows).sum();
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(format("%-13s %,10d customers %8.1f s", "generated", customers, seconds(generation)));
        for (TableLoad load : tables) {
            lines.add(format("%-13s %,10d rows %13.1f s %,9d rows/s", load.table().table(), load.rows(),
                    seconds(load.time()), load.rowsPerSecond()));
        }
        lines.add(format("%-13s %30.1f s", "commit", seconds(commit)));
        double total = seconds(total());
        lines.add(format("%-13s %,10d rows %13.1f s %,9d rows/s, %.1f min in all", "total", rows(), total,
                Math.round(rows() / Math.max(total, 1e-3)), total / 60));
        return lines;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
