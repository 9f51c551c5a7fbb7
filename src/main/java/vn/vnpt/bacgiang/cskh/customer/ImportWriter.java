package vn.vnpt.bacgiang.cskh.customer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The second pass over an import file: reads it again and inserts its customers a thousand at a
 * time, each with their subscriptions and the indicators computed from them. It runs inside the
 * caller's transaction and throws at the first problem, so that the caller rolls everything back.
 */
final class ImportWriter {

    private static final int BATCH = 1000;

    private final ImportRowParser parser;
    private final CustomerTables tables;
    private final LocalDate today;
    private final List<CustomerTables.NewCustomer> batch = new ArrayList<>(BATCH);
    private @Nullable ImportRow customerFirstRow;
    private final List<ImportedSubscription> customerSubscriptions = new ArrayList<>();
    private int rows;
    private int customers;

    ImportWriter(ImportRowParser parser, CustomerTables tables, LocalDate today) {
        this.parser = parser;
        this.tables = tables;
        this.today = today;
    }

    ImportResult run(Path file, ImportProgress progress) {
        try (ImportReader reader = ImportReader.open(file)) {
            for (RawRow raw = reader.next(); raw != null; raw = reader.next()) {
                add(raw);
                if (rows % BATCH == 0) {
                    progress.update(rows, reader.fractionRead());
                }
            }
            finishCustomer();
            insertBatch();
            progress.update(rows, 1);
        }
        return new ImportResult(customers, rows);
    }

    private void add(RawRow raw) {
        rows++;
        List<ImportProblem> problems = new ArrayList<>();
        ImportRow row = parser.parse(raw, problems);
        if (row == null) {
            throw new ImportFailed(problems);
        }
        if (customerFirstRow != null && customerFirstRow.customer().code().equals(row.customer().code())) {
            int firstRow = customerFirstRow.row();
            row.customer().differingColumn(customerFirstRow.customer()).ifPresent(column -> {
                throw new ImportFailed(
                        ImportProblem.of(row.row(), column, "customer.import.problem.inconsistent", firstRow));
            });
        } else {
            finishCustomer();
            customerFirstRow = row;
        }
        customerSubscriptions.add(row.subscription());
    }

    private void finishCustomer() {
        if (customerFirstRow == null) {
            return;
        }
        List<ImportedSubscription> subscriptions = List.copyOf(customerSubscriptions);
        batch.add(new CustomerTables.NewCustomer(customerFirstRow.customer(), subscriptions, CustomerIndicators.compute(
                subscriptions.stream().map(ImportedSubscription::facts).toList(), List.of(), today)));
        customers++;
        customerSubscriptions.clear();
        customerFirstRow = null;
        if (batch.size() == BATCH) {
            insertBatch();
        }
    }

    private void insertBatch() {
        if (!batch.isEmpty()) {
            tables.insert(batch, chargesUntil());
            batch.clear();
        }
    }

    /** The twelve monthly charges of a file end with last month's. */
    private LocalDate chargesUntil() {
        return today.withDayOfMonth(1).minusDays(1);
    }
}
