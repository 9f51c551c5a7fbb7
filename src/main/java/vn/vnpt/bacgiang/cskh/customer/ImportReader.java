package vn.vnpt.bacgiang.cskh.customer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Opens an import file: refuses anything that is not UTF-8 (a file saved as Windows-1258 or
 * "ANSI" would otherwise import mangled names), maps the header to {@link ImportColumn}s and then
 * hands out the data rows one at a time.
 */
final class ImportReader implements Closeable {

    private final CountingStream bytes;
    private final long size;
    private final CsvReader csv;
    private final Map<ImportColumn, Integer> positions;
    private final List<String> ignoredHeaders;
    private final int width;

    private ImportReader(CountingStream bytes, long size, CsvReader csv, List<String> header) {
        this.bytes = bytes;
        this.size = size;
        this.csv = csv;
        this.width = header.size();
        this.positions = new EnumMap<>(ImportColumn.class);
        this.ignoredHeaders = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int position = 0; position < header.size(); position++) {
            String text = header.get(position).strip();
            var column = ImportColumn.byHeader(text);
            if (column.isEmpty()) {
                if (!text.isEmpty()) {
                    ignoredHeaders.add(text);
                }
            } else if (positions.putIfAbsent(column.get(), position) != null) {
                problems.add(ImportProblem.ofFile("customer.import.problem.columnTwice", column.get().header()));
            }
        }
        String missing = ImportColumn.required().stream().filter(column -> !positions.containsKey(column))
                .map(ImportColumn::header).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            problems.addFirst(ImportProblem.ofFile("customer.import.problem.missingColumns", missing));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailed(problems);
        }
    }

    /** Opens the file and reads its header; throws {@link ImportFailed} when the header cannot be used. */
    static ImportReader open(Path file) {
        CountingStream bytes;
        try {
            bytes = new CountingStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CsvReader csv = new CsvReader(new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16));
            CsvReader.CsvRecord header = readRecord(csv);
            if (header == null || header.isBlank()) {
                throw new ImportFailed(ImportProblem.ofFile("customer.import.problem.empty"));
            }
            return new ImportReader(bytes, Files.size(file), csv, header.fields());
        } catch (CharacterCodingException e) {
            closeQuietly(bytes, e);
            throw notUtf8();
        } catch (IOException e) {
            closeQuietly(bytes, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(bytes, e);
            throw e;
        }
    }

    /** The next non-blank data row, or null at the end of the file. */
    @Nullable RawRow next() {
        CsvReader.CsvRecord record;
        do {
            record = readRecord(csv);
        } while (record != null && record.isBlank());
        if (record == null) {
            return null;
        }
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        List<String> fields = record.fields();
        positions.forEach((column, position) -> {
            if (position < fields.size()) {
                values.put(column, fields.get(position));
            }
        });
        return new RawRow(record.line(), values, fields.size(), width);
    }

    /** Columns the file has that the import does not use, as written in the header. */
    List<String> ignoredHeaders() {
        return List.copyOf(ignoredHeaders);
    }

    /** How much of the file has been read, from 0 to 1. */
    double fractionRead() {
        return size == 0 ? 1 : Math.min(1, (double) bytes.count / size);
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvReader.@Nullable CsvRecord readRecord(CsvReader csv) {
        try {
            return csv.next();
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (CsvReader.UnclosedQuote e) {
            throw new ImportFailed(ImportProblem.ofFile("customer.import.problem.unclosedQuote", e.line()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportFailed notUtf8() {
        return new ImportFailed(ImportProblem.ofFile("customer.import.problem.encoding"));
    }

    private static void closeQuietly(InputStream in, Exception cause) {
        try {
            in.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
