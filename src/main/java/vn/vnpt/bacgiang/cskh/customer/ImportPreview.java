package vn.vnpt.bacgiang.cskh.customer;

import java.util.List;

/**
 * What checking an import file found: its size, its first rows, and its problems (the first
 * {@code problems.size()} of {@code problemCount}, by row). It can be imported only without problems.
 */
public record ImportPreview(int rows, int customers, List<ImportRow> firstRows, List<ImportProblem> problems,
                            int problemCount, List<String> ignoredColumns) {

    public ImportPreview {
        firstRows = List.copyOf(firstRows);
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** Every row is one subscription. */
    public int subscriptions() {
        return rows;
    }

    public boolean canImport() {
        return problemCount == 0;
    }
}
