package vn.vnpt.bacgiang.cskh.customer;

import java.util.Map;

/** One data row of an import file as text, by column; {@code fields} counts what the row really had. */
record RawRow(int line, Map<ImportColumn, String> values, int fields, int expectedFields) {

    /** The trimmed value; empty when the file has no such column. */
    String get(ImportColumn column) {
        return values.getOrDefault(column, "").strip();
    }

    boolean hasHeaderWidth() {
        return fields == expectedFields;
    }
}
