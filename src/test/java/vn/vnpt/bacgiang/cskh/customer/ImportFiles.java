package vn.vnpt.bacgiang.cskh.customer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Import files for tests: rows of Hiệp Hòa customers (codes starting {@code IMP-}, the only data
 * the import tests commit) that are right unless a test changes a cell.
 */
public final class ImportFiles {

    private final List<ImportColumn> columns = new ArrayList<>(Arrays.asList(ImportColumn.values()));
    private final List<Map<ImportColumn, String>> rows = new ArrayList<>();

    public static ImportFiles create() {
        return new ImportFiles();
    }

    /** A customer of store CHGD-HHA-1 with one active postpaid subscription numbered after the code. */
    public ImportFiles customer(String code, String name) {
        Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
        row.put(ImportColumn.CODE, code);
        row.put(ImportColumn.NAME, name);
        row.put(ImportColumn.KIND, "Cá nhân");
        row.put(ImportColumn.BIRTH_DATE, "14/02/1978");
        row.put(ImportColumn.PHONE, "0912 345 678");
        row.put(ImportColumn.EMAIL, "");
        row.put(ImportColumn.DISTRICT, "Hiệp Hòa");
        row.put(ImportColumn.COMMUNE, "Thị trấn Thắng");
        row.put(ImportColumn.ADDRESS, "Phố Thắng");
        row.put(ImportColumn.UNIT, "CHGD-HHA-1");
        row.put(ImportColumn.CUSTOMER_SINCE, "05/06/2009");
        row.put(ImportColumn.VIP_TIER, "Thường");
        row.put(ImportColumn.SERVICE, "VinaPhone trả sau");
        row.put(ImportColumn.NUMBER, code + "/1");
        row.put(ImportColumn.PACKAGE, "VD149");
        row.put(ImportColumn.START_DATE, "05/06/2009");
        row.put(ImportColumn.STATUS, "Đang hoạt động");
        row.put(ImportColumn.CONTRACT_END, "");
        row.put(ImportColumn.OVERDUE, "0");
        row.put(ImportColumn.CHARGES, String.join("|", Collections.nCopies(12, "149.000")));
        rows.add(row);
        return this;
    }

    /** Another subscription of the customer of the last row: the customer columns repeated. */
    public ImportFiles subscription(String service, String number) {
        Map<ImportColumn, String> row = new EnumMap<>(rows.getLast());
        row.put(ImportColumn.SERVICE, service);
        row.put(ImportColumn.NUMBER, number);
        rows.add(row);
        return this;
    }

    /** Changes a cell of the last row. */
    public ImportFiles with(ImportColumn column, String value) {
        rows.getLast().put(column, value);
        return this;
    }

    public ImportFiles without(ImportColumn column) {
        columns.remove(column);
        return this;
    }

    public String text(char separator) {
        StringBuilder text = new StringBuilder();
        text.append(columns.stream().map(ImportColumn::header).collect(Collectors.joining(String.valueOf(separator))))
                .append("\r\n");
        for (Map<ImportColumn, String> row : rows) {
            text.append(columns.stream().map(column -> quoted(row.get(column), separator))
                    .collect(Collectors.joining(String.valueOf(separator)))).append("\r\n");
        }
        return text.toString();
    }

    /** UTF-8 with a byte order mark, separated by semicolons, as Excel saves "CSV UTF-8". */
    public byte[] excelBytes() {
        return ("\uFEFF" + text(';')).getBytes(StandardCharsets.UTF_8);
    }

    public static Path write(Path directory, byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(directory, "import-", ".csv"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeForExcel(Path directory) {
        return write(directory, excelBytes());
    }

    private static String quoted(String value, char separator) {
        if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
