package vn.vnpt.bacgiang.cskh.customer.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates customers after those already stored and bulk-loads them with {@code LOAD DATA LOCAL
 * INFILE}, in one transaction: a failed load leaves nothing behind. The JDBC URL needs
 * {@code allowLocalInfile=true}.
 */
@Component
class PopulationLoader {

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PopulationLoader(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    boolean hasCustomers() {
        return jdbc.sql("select exists(select 1 from customer)").query(Boolean.class).single();
    }

    /**
     * {@code customers} in loads of at most {@code chunk} (0: one load), each its own transaction with the seed plus its
     * index: a Galera cluster limits one transaction's write set. Ids, codes and numbers go on from load to load.
     */
    List<LoadReport> loadInChunks(int customers, long seed, int chunk) {
        int size = chunk > 0 ? chunk : customers;
        List<LoadReport> reports = new ArrayList<>();
        for (int loaded = 0, index = 0; loaded < customers; loaded += size, index++) {
            reports.add(load(Math.min(size, customers - loaded), seed + index));
        }
        return reports;
    }

    LoadReport load(int customers, long seed) {
        long started = System.nanoTime();
        LoadReport loaded = Objects.requireNonNull(transactions.execute(status -> loadInTransaction(customers, seed)));
        return loaded.committedIn(Duration.ofNanos(System.nanoTime() - started).minus(loaded.total()));
    }

    private LoadReport loadInTransaction(int customers, long seed) {
        GeneratedPopulation population = new GeneratedPopulation(customers, seed, FirstIds.after(jdbc),
                ManagingUnits.read(jdbc), LocalDate.now(clock));
        Path directory = createDirectory();
        try {
            long started = System.nanoTime();
            Map<PopulationTable, Long> written = PopulationFiles.write(population, directory);
            Duration generation = Duration.ofNanos(System.nanoTime() - started);
            List<LoadReport.TableLoad> loads = jdbcTemplate.execute(
                    (ConnectionCallback<List<LoadReport.TableLoad>>) connection -> loadFiles(connection, directory,
                            written));
            return new LoadReport(customers, generation, Objects.requireNonNull(loads), Duration.ZERO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteFiles(directory);
        }
    }

    /**
     * Unique and foreign-key checks are off during the load: the generator's codes, numbers and ids are
     * unique and reference rows of the same load, and into an empty table MariaDB (10.7+) then
     * pre-sorts the rows of each secondary index and builds it a page at a time instead of row by row.
     */
    private static List<LoadReport.TableLoad> loadFiles(Connection connection, Path directory,
                                                        Map<PopulationTable, Long> written) throws SQLException {
        List<LoadReport.TableLoad> loads = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET unique_checks = 0, foreign_key_checks = 0");
            try {
                for (PopulationTable table : PopulationTable.values()) {
                    long started = System.nanoTime();
                    long rows = statement.executeLargeUpdate(table.loadStatement(directory));
                    if (rows != written.get(table)) {
                        throw new DataIntegrityViolationException("Loaded " + rows + " of the " + written.get(table)
                                + " generated rows into " + table.table());
                    }
                    loads.add(new LoadReport.TableLoad(table, rows, Duration.ofNanos(System.nanoTime() - started)));
                }
            } finally {
                statement.execute("SET unique_checks = 1, foreign_key_checks = 1");
            }
        }
        return loads;
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("cskh-population-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFiles(Path directory) {
        try {
            for (PopulationTable table : PopulationTable.values()) {
                Files.deleteIfExists(table.file(directory));
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
