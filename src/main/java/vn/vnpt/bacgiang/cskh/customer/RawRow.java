package vn.vnpt.bacgiang.cskh.customer;

import java.text.Normalizer;
import java.util.Map;

/** One data row of an import file as text, by column; {@code fields} counts what the row really had. */
record RawRow(int line, Map<ImportColumn, String> values, int fields, int expectedFields) {

    /**
     * The trimmed value in Unicode's composed form (NFC), as typed on a keyboard: a name saved
     * decomposed (NFD, as some Mac tools do) is stored so that a search typed normally finds it.
     * Empty when the file has no such column.
     */
    String get(ImportColumn column) {
        String value = values.getOrDefault(column, "").strip();
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    boolean hasHeaderWidth() {
        return fields == expectedFields;
    }
}
