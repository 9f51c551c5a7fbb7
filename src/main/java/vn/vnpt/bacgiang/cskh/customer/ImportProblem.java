package vn.vnpt.bacgiang.cskh.customer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a row (numbered as in the file, the header being row 1) or the whole file (row 0) cannot be
 * imported: a message key of the customer bundle and its arguments, translated by the UI.
 */
public record ImportProblem(int row, @Nullable ImportColumn column, String reasonKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String reasonKey, Object... arguments) {
        return new ImportProblem(0, null, reasonKey, List.of(arguments));
    }

    static ImportProblem of(int row, ImportColumn column, String reasonKey, Object... arguments) {
        return new ImportProblem(row, column, reasonKey, List.of(arguments));
    }

    public boolean isAboutTheFile() {
        return row == 0;
    }
}
