package vn.vnpt.bacgiang.cskh.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;

/**
 * Each problem of the import corpus refuses the commit itself, not only the preview, and the commit
 * then writes no row at all (the first, correct customer of each file included). Customers saved
 * here have codes starting IMP-CMT- and live in Hiệp Hòa, which no other test counts.
 */
class ImportCommitRefusalTest extends PortalTest {

    @TempDir
    private Path files;
    @Autowired
    private CustomerImport customerImport;
    @Autowired
    private CustomerService customers;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void signInAPlanner() {
        signIn("kehoach");
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                problem("encoding", (files, prefix) -> ImportFiles.write(files, good(prefix).customer(prefix + "2",
                        "Trần Thị Hòa").text(';').getBytes(Charset.forName("windows-1258")))),
                problem("missing column", (files, prefix) -> good(prefix).customer(prefix + "2", "Lê Văn Bình")
                        .without(ImportColumn.SERVICE).writeForExcel(files)),
                problem("duplicate", (files, prefix) -> good(prefix).customer(prefix + "2", "Lê Văn Bình")
                        .customer(prefix + "1", "Nguyễn Văn An").with(ImportColumn.NUMBER, prefix + "1/9")
                        .writeForExcel(files)),
                problem("existing code", (files, prefix) -> good(prefix).customer(prefix + "X", "Đã có")
                        .writeForExcel(files)),
                problem("bad date", (files, prefix) -> good(prefix).customer(prefix + "2", "Lê Văn Bình")
                        .with(ImportColumn.START_DATE, "31/02/2020").writeForExcel(files)),
                problem("bad phone", (files, prefix) -> good(prefix).customer(prefix + "2", "Lê Văn Bình")
                        .with(ImportColumn.PHONE, "0912 ABC 678").writeForExcel(files)),
                problem("unknown district", (files, prefix) -> good(prefix).customer(prefix + "2", "Lê Văn Bình")
                        .with(ImportColumn.DISTRICT, "Quận Ba Đình").writeForExcel(files)),
                problem("line break in a name", (files, prefix) -> good(prefix).customer(prefix + "2",
                        "Lê Văn\nBình").writeForExcel(files)),
                problem("tab in an address", (files, prefix) -> good(prefix).customer(prefix + "2", "Lê Văn Bình")
                        .with(ImportColumn.ADDRESS, "Phố\tThắng").writeForExcel(files)),
                problem("oversize field", (files, prefix) -> good(prefix).customer(prefix + "2", "Lê Văn Bình")
                        .with(ImportColumn.NAME, "Nguyễn ".repeat(40)).writeForExcel(files)));
    }

    @ParameterizedTest(name = "a file with a {0} is refused at commit and leaves no row")
    @MethodSource("corpus")
    void aFileWithAProblemIsRefusedAtCommitAndLeavesNoRow(String problem, BiFunction<Path, String, Path> file) {
        String prefix = "IMP-CMT-" + Integer.toHexString(problem.hashCode()).toUpperCase() + "-";
        if (problem.equals("existing code")) {
            customerImport.commit(ImportFiles.create().customer(prefix + "X", "Đã có").writeForExcel(files),
                    "existing.csv", (rows, fraction) -> { });
        }
        Path bad = file.apply(files, prefix);
        String fileName = prefix + "bad.csv";

        assertThat(customerImport.check(bad, (rows, fraction) -> { }).canImport()).isFalse();
        assertThatThrownBy(() -> customerImport.commit(bad, fileName, (rows, fraction) -> { }))
                .isInstanceOf(ImportFailed.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE code LIKE ? AND code <> ?", Long.class,
                prefix + "%", prefix + "X")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM subscription WHERE number LIKE ? AND number <> ?",
                Long.class, prefix + "%", prefix + "X/1")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_id = ?", Long.class, fileName))
                .isZero();
    }

    @Test
    void aLineBreakOrATabInsideACellIsReportedWithItsRowAndColumn() {
        Path file = ImportFiles.create().customer("IMP-CMT-CTL-1", "Nguyễn Văn An")
                .customer("IMP-CMT-CTL-2", "Lê Văn\r\nBình").with(ImportColumn.COMMUNE, "Xã\tĐức Thắng")
                .writeForExcel(files);

        assertThat(customerImport.check(file, (rows, fraction) -> { }).problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactlyInAnyOrder(tuple(3, ImportColumn.NAME, "customer.import.problem.control"),
                        tuple(3, ImportColumn.COMMUNE, "customer.import.problem.control"));
    }

    @Test
    void aNameSavedDecomposedIsStoredComposedAndFoundByASearchTypedNormally() {
        String typed = "Nguyễn Văn Đức";
        String decomposed = Normalizer.normalize(typed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(typed);
        Path file = ImportFiles.create().customer("IMP-CMT-NFD-1", decomposed)
                .with(ImportColumn.ADDRESS, Normalizer.normalize("Phố Thắng, Hiệp Hòa", Normalizer.Form.NFD))
                .writeForExcel(files);

        customerImport.commit(file, "nfd.csv", (rows, fraction) -> { });

        assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE code = 'IMP-CMT-NFD-1'", String.class))
                .isEqualTo(typed);
        assertThat(jdbc.queryForObject("SELECT address FROM customer WHERE code = 'IMP-CMT-NFD-1'", String.class))
                .isEqualTo("Phố Thắng, Hiệp Hòa");
        assertThat(customers.find(typed, 0, 50)).extracting(Customer::getCode).contains("IMP-CMT-NFD-1");
    }

    private static ImportFiles good(String prefix) {
        return ImportFiles.create().customer(prefix + "1", "Nguyễn Văn An");
    }

    private static Arguments problem(String name, BiFunction<Path, String, Path> file) {
        return Arguments.of(name, file);
    }
}
