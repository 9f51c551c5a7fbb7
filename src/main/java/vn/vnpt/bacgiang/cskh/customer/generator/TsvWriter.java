package vn.vnpt.bacgiang.cskh.customer.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Rows in the text format {@code LOAD DATA} reads without options: fields separated by tabs, rows by
 * newlines, {@code \N} for NULL and backslash escapes, UTF-8.
 */
final class TsvWriter implements AutoCloseable {

    private final Writer out;
    private final StringBuilder row = new StringBuilder(512);
    private boolean rowStarted;
    private long rows;

    TsvWriter(Path file) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
    }

    TsvWriter field(@Nullable Object value) {
        separate();
        if (value == null) {
            row.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    TsvWriter field(long value) {
        separate();
        row.append(value);
        return this;
    }

    void endRow() throws IOException {
        row.append('\n');
        out.append(row);
        row.setLength(0);
        rowStarted = false;
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void separate() {
        if (rowStarted) {
            row.append('\t');
        }
        rowStarted = true;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                default -> row.append(c);
            }
        }
    }
}
