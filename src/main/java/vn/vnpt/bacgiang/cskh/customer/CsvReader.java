package vn.vnpt.bacgiang.cskh.customer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV records one at a time, so a file of any size needs the memory of one record. Fields are
 * separated by {@code ;} or {@code ,}, whichever the first line uses more (Excel writes {@code ;}
 * where the decimal separator is a comma, as in Vietnam), and quoted with {@code "} when they hold a
 * separator, a quote (doubled) or a line break.
 */
final class CsvReader implements Closeable {

    private static final int BYTE_ORDER_MARK = '\uFEFF';
    private static final int LONGEST_FIRST_LINE = 1 << 16;

    private final BufferedReader in;
    private final char separator;
    private int line = 1;
    private int pushedBack = -2;

    CsvReader(BufferedReader in) throws IOException {
        this.in = in;
        skipByteOrderMark();
        this.separator = detectSeparator();
    }

    /** The next record, or null at the end of the text. */
    @Nullable CsvRecord next() throws IOException {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean read = false;
        int c;
        while ((c = read()) != -1) {
            read = true;
            if (quoted) {
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(following);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int following = read();
                    if (following != '\n') {
                        unread(following);
                    }
                }
                line++;
                break;
            } else {
                field.append((char) c);
            }
        }
        if (quoted) {
            throw new UnclosedQuote(startLine);
        }
        if (!read) {
            return null;
        }
        fields.add(field.toString());
        return new CsvRecord(startLine, fields);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void skipByteOrderMark() throws IOException {
        in.mark(1);
        if (in.read() != BYTE_ORDER_MARK) {
            in.reset();
        }
    }

    private char detectSeparator() throws IOException {
        in.mark(LONGEST_FIRST_LINE);
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        int c;
        for (int count = 0; count < LONGEST_FIRST_LINE && (c = in.read()) != -1; count++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        in.reset();
        return commas > semicolons ? ',' : ';';
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    /** One record: the line of the file it starts on (the header is line 1) and its fields. */
    record CsvRecord(int line, List<String> fields) {

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A quoted field runs to the end of the file: its closing quote is missing. */
    static final class UnclosedQuote extends IOException {

        private final int line;

        UnclosedQuote(int line) {
            super("Quoted field opened on line " + line + " is never closed");
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
