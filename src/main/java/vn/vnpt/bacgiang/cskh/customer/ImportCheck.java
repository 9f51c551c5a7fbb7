package vn.vnpt.bacgiang.cskh.customer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first pass over an import file: reads it once, row by row, and finds every problem without
 * writing anything. It keeps only what duplicate detection needs (the customer codes and
 * subscription numbers seen, with their rows) and asks the database about them a thousand at a time.
 */
final class ImportCheck {

    private static final int FIRST_ROWS = 20;
    private static final int SHOWN_PROBLEMS = 500;
    private static final int BATCH = 1000;

    private final ImportRowParser parser;
    private final CustomerTables tables;

    private final Map<String, Integer> rowByCode = new HashMap<>();
    private final Map<String, Integer> rowByNumber = new HashMap<>();
    private final Map<String, Integer> uncheckedCodes = new LinkedHashMap<>();
    private final Map<Service, Map<String, Integer>> uncheckedNumbers = new EnumMap<>(Service.class);
    private final List<ImportRow> firstRows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int problemCount;
    private int rows;
    private @Nullable String currentCode;
    private @Nullable ImportRow currentFirstRow;

    ImportCheck(ImportRowParser parser, CustomerTables tables) {
        this.parser = parser;
        this.tables = tables;
    }

    ImportPreview run(Path file, ImportProgress progress) {
        List<String> ignoredColumns = List.of();
        try (ImportReader reader = ImportReader.open(file)) {
            ignoredColumns = reader.ignoredHeaders();
            for (RawRow raw = reader.next(); raw != null; raw = reader.next()) {
                check(raw);
                if (rows % BATCH == 0) {
                    checkAgainstDatabase();
                    progress.update(rows, reader.fractionRead());
                }
            }
            checkAgainstDatabase();
            if (rows == 0) {
                report(ImportProblem.ofFile("customer.import.problem.noRows"));
            }
        } catch (ImportFailed failed) {
            failed.problems().forEach(this::report);
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return new ImportPreview(rows, rowByCode.size(), firstRows, problems, problemCount, ignoredColumns);
    }

    private void check(RawRow raw) {
        rows++;
        List<ImportProblem> rowProblems = new ArrayList<>();
        ImportRow row = parser.parse(raw, rowProblems);
        rowProblems.forEach(this::report);
        String code = ImportRowParser.code(raw);
        if (!code.isEmpty() && !code.equals(currentCode)) {
            startCustomer(code, raw.line(), row);
        } else if (row != null && currentFirstRow == null) {
            currentFirstRow = row;
        } else if (row != null) {
            int firstRow = currentFirstRow.row();
            row.customer().differingColumn(currentFirstRow.customer()).ifPresent(column -> report(
                    ImportProblem.of(raw.line(), column, "customer.import.problem.inconsistent", firstRow)));
        }
        if (row != null) {
            checkNumber(row);
            if (firstRows.size() < FIRST_ROWS) {
                firstRows.add(row);
            }
        }
    }

    /** A customer's rows must follow each other, so that the second pass can write them together. */
    private void startCustomer(String code, int line, @Nullable ImportRow row) {
        currentCode = code;
        currentFirstRow = row;
        Integer earlier = rowByCode.putIfAbsent(code, line);
        if (earlier != null) {
            report(ImportProblem.of(line, ImportColumn.CODE, "customer.import.problem.code.twice", code, earlier));
        } else {
            uncheckedCodes.put(code, line);
        }
    }

    private void checkNumber(ImportRow row) {
        ImportedSubscription subscription = row.subscription();
        String key = subscription.service() + " " + TextFolding.fold(subscription.number());
        Integer earlier = rowByNumber.putIfAbsent(key, row.row());
        if (earlier != null) {
            report(ImportProblem.of(row.row(), ImportColumn.NUMBER, "customer.import.problem.number.twice",
                    subscription.number(), earlier));
        } else {
            uncheckedNumbers.computeIfAbsent(subscription.service(), service -> new HashMap<>())
                    .put(TextFolding.fold(subscription.number()), row.row());
        }
    }

    private void checkAgainstDatabase() {
        for (String stored : tables.existingCodes(uncheckedCodes.keySet())) {
            String code = stored.toUpperCase(Locale.ROOT);
            report(ImportProblem.of(uncheckedCodes.get(code), ImportColumn.CODE,
                    "customer.import.problem.code.exists", code));
        }
        uncheckedCodes.clear();
        uncheckedNumbers.forEach((service, numbers) -> {
            for (String number : tables.existingNumbers(service, numbers.keySet())) {
                report(ImportProblem.of(numbers.get(TextFolding.fold(number)), ImportColumn.NUMBER,
                        "customer.import.problem.number.exists", number));
            }
        });
        uncheckedNumbers.clear();
    }

    private void report(ImportProblem problem) {
        problemCount++;
        if (problems.size() < SHOWN_PROBLEMS) {
            problems.add(problem);
        }
    }
}
