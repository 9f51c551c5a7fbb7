package vn.vnpt.bacgiang.cskh.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * A file of a hundred thousand rows imports in batches, and prints how long it took; other sizes
 * run with {@code -Dimport.rows=…} (see docs/import/README.md). The rows are deleted afterwards so
 * that the shared test database stays small for the other tests.
 */
class LargeImportTest extends PortalTest {

    private static final int ROWS = Integer.getInteger("import.rows", 100_000);

    @TempDir
    private Path files;
    @Autowired
    private CustomerImport customerImport;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aHundredThousandRowFileIsCheckedAndImportedInOneCommitWithItsTimesAndHeapPrinted() throws IOException {
        signIn("kehoach");
        Path file = files.resolve("lon.csv");
        int customers = write(file, ROWS);
        HeapWatch heap = new HeapWatch();

        long started = System.nanoTime();
        ImportPreview preview = customerImport.check(file, heap);
        long checked = System.nanoTime();
        ImportResult result = customerImport.commit(file, "lon.csv", heap);
        long imported = System.nanoTime();

        assertThat(preview.problems()).isEmpty();
        assertThat(result).isEqualTo(new ImportResult(customers, ROWS));
        assertThat(jdbc.queryForObject("select count(*) from customer where code like 'IMP-BIG-%'", Integer.class))
                .isEqualTo(customers);
        System.out.printf("Import of %,d rows (%,d customers, %.1f MB): check %,d ms, import %,d ms, "
                        + "heap used at most %,d MB (garbage included) of %,d MB%n", ROWS, customers, Files.size(file) / 1e6,
                (checked - started) / 1_000_000, (imported - checked) / 1_000_000, heap.peakMegabytes(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    @AfterEach
    void deleteTheRows() {
        jdbc.update("delete s from subscription s join customer c on c.id = s.customer_id where c.code like 'IMP-BIG-%'");
        jdbc.update("delete from customer where code like 'IMP-BIG-%'");
    }

    /** Every third customer has a second subscription; returns the number of customers. */
    private static int write(Path file, int rows) throws IOException {
        String charges = String.join("|", Collections.nCopies(MonthlyCharges.MONTHS, "149.000"));
        int customers = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFF" + Arrays.stream(ImportColumn.values()).map(ImportColumn::header)
                    .collect(Collectors.joining(";")) + "\r\n");
            int row = 0;
            while (row < rows) {
                customers++;
                String code = "IMP-BIG-%07d".formatted(customers);
                String unit = customers % 2 == 0 ? "CHGD-HHA-1" : "CHGD-HHA-2";
                int subscriptions = customers % 3 == 0 && row + 2 <= rows ? 2 : 1;
                for (int subscription = 0; subscription < subscriptions; subscription++) {
                    row++;
                    boolean fiber = subscription == 1;
                    out.write(String.join(";", code, "Nguyễn Thị Hồng Nhung " + customers, "Cá nhân", "14/02/1978",
                            "0912 345 678", "", "Hiệp Hòa", "Xã Đức Thắng", "Thôn Trung Hưng", unit, "05/06/2009",
                            "Thường", fiber ? "Internet FiberVNN" : "VinaPhone trả sau", code + (fiber ? "/F" : "/M"),
                            fiber ? "Home 2" : "VD149", "05/06/2009", "Đang hoạt động", "",
                            row % 10 == 0 ? "120.000" : "0", charges));
                    out.write("\r\n");
                }
            }
        }
        return customers;
    }

    /** Samples the heap in use as the import reports progress, every thousand rows. */
    private static final class HeapWatch implements ImportProgress {

        private long peak;

        @Override
        public void update(int rowsDone, double fractionDone) {
            Runtime runtime = Runtime.getRuntime();
            peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
        }

        long peakMegabytes() {
            return peak >> 20;
        }
    }
}
