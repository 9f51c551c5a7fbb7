package vn.vnpt.bacgiang.cskh.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.security.UnitScope;

/** Every customer these tests save has a code starting IMP- and lives in Hiệp Hòa, which no other test counts. */
class CustomerImportTest extends PortalTest {

    private static final String FALLING = "200.000|200.000|200.000|200.000|200.000|200.000|200.000|200.000|200.000"
            + "|100.000|100.000|100.000";

    @TempDir
    private Path files;
    @Autowired
    private CustomerImport customerImport;
    @Autowired
    private CustomerRepository customers;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ImportLabels labels;
    @Autowired
    private CustomerTables tables;
    @Autowired
    private UnitService units;

    @BeforeEach
    void signInAPlanner() {
        signIn("kehoach");
    }

    @Test
    void anExcelFileWithAByteOrderMarkAndSemicolonsImportsEveryRowWithItsIndicators() {
        LocalDate contractEnd = LocalDate.now(VnFormats.ZONE).plusDays(30);
        Path file = ImportFiles.create()
                .customer("IMP-GOOD-1", "Nguyễn Văn Hùng").with(ImportColumn.VIP_TIER, "Vàng")
                .subscription("Internet FiberVNN", "hha_hungnv78")
                .with(ImportColumn.CONTRACT_END, VnFormats.date(contractEnd))
                .with(ImportColumn.CHARGES, "240.000|240.000|240.000|240.000|240.000|240.000|240.000|240.000"
                        + "|240.000|240.000|240.000|240.000")
                .customer("IMP-GOOD-2", "Tạp hóa Minh Phương").with(ImportColumn.KIND, "Hộ kinh doanh")
                .with(ImportColumn.UNIT, "PBH-HHA").with(ImportColumn.STATUS, "Tạm ngưng")
                .with(ImportColumn.OVERDUE, "660.000")
                .customer("IMP-GOOD-3", "Lê Thị Thu").with(ImportColumn.UNIT, "CHGD-HHA-2")
                .with(ImportColumn.CHARGES, FALLING)
                .writeForExcel(files);

        ImportPreview preview = customerImport.check(file, (rows, fraction) -> { });
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.rows()).isEqualTo(4);
        assertThat(preview.customers()).isEqualTo(3);
        assertThat(preview.firstRows()).extracting(row -> row.subscription().number())
                .containsExactly("IMP-GOOD-1/1", "hha_hungnv78", "IMP-GOOD-2/1", "IMP-GOOD-3/1");

        ImportResult result = customerImport.commit(file, "khach-hang-hiep-hoa.csv", (rows, fraction) -> { });

        assertThat(result).isEqualTo(new ImportResult(3, 4));
        Customer hung = customers.findByCode("IMP-GOOD-1").orElseThrow();
        assertThat(hung.getName()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(hung.getDistrict()).isEqualTo(District.HHA);
        assertThat(hung.getUnitPath()).isEqualTo("/1/2/16/160/");
        assertThat(hung.getVipTier()).isEqualTo(VipTier.GOLD);
        assertThat(hung.getBirthDate()).isEqualTo(LocalDate.of(1978, 2, 14));
        assertThat(hung.getActiveServices()).containsExactlyInAnyOrder(Service.VINAPHONE_POSTPAID, Service.FIBERVNN);
        assertThat(hung.getArpu()).isEqualTo(149_000 + 240_000);
        assertThat(hung.getContractEndOn()).isEqualTo(contractEnd);
        assertThat(hung.getChurnReasons()).containsExactly(ChurnReason.CONTRACT_ENDING);
        assertThat(hung.getIndicatorsOn()).isEqualTo(LocalDate.now(VnFormats.ZONE));

        Customer shop = customers.findByCode("IMP-GOOD-2").orElseThrow();
        assertThat(shop.getKind()).isEqualTo(CustomerKind.HOUSEHOLD_BUSINESS);
        assertThat(shop.getUnitPath()).isEqualTo("/1/2/16/");
        assertThat(shop.getOverdueAmount()).isEqualTo(660_000);
        assertThat(shop.getChurnReasons()).containsExactlyInAnyOrder(ChurnReason.OVERDUE, ChurnReason.SUSPENDED);
        assertThat(shop.getChurnRisk()).isEqualTo(ChurnRisk.HIGH);

        Customer thu = customers.findByCode("IMP-GOOD-3").orElseThrow();
        assertThat(thu.getArpuTrend()).isEqualTo(ArpuTrend.FALLING);
        assertThat(thu.getChurnReasons()).containsExactly(ChurnReason.FALLING_SPEND);
        assertThat(thu.getChurnRisk()).isEqualTo(ChurnRisk.MEDIUM);

        assertThat(jdbc.queryForObject("select count(*) from subscription s join customer c on c.id = s.customer_id "
                + "where c.code like 'IMP-GOOD-%'", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForList("select summary from audit_entry where entity_type = 'CustomerImport' "
                + "and entity_id = 'khach-hang-hiep-hoa.csv' and actor_username = 'kehoach'", String.class))
                .containsExactly("Nhập 3 khách hàng từ tệp khach-hang-hiep-hoa.csv");
    }

    @Test
    void aFileWithCommasAndNoByteOrderMarkImportsWithLabelsWrittenWithoutTonesOrAsCodes() {
        String text = ImportFiles.create()
                .customer("IMP-COMMA-1", "Công ty \"Hòa Bình\", chi nhánh Hiệp Hòa")
                .with(ImportColumn.KIND, "doanh nghiep").with(ImportColumn.DISTRICT, "HHA")
                .with(ImportColumn.UNIT, "ttkd-pbhdn").with(ImportColumn.ADDRESS, "Lô 3, cụm công nghiệp Đức Thắng")
                .with(ImportColumn.STATUS, "dang hoat dong").with(ImportColumn.VIP_TIER, "DIAMOND")
                .subscription("FIBERVNN", "hha_hoabinh_cn")
                .text(',')
                .replace("Mã KH,Tên khách hàng", "MA KH,ten khach hang");
        Path file = ImportFiles.write(files, text.getBytes(StandardCharsets.UTF_8));

        assertThat(customerImport.check(file, (rows, fraction) -> { }).problems()).isEmpty();
        customerImport.commit(file, "comma.csv", (rows, fraction) -> { });

        Customer company = customers.findByCode("IMP-COMMA-1").orElseThrow();
        assertThat(company.getName()).isEqualTo("Công ty \"Hòa Bình\", chi nhánh Hiệp Hòa");
        assertThat(company.getAddress()).isEqualTo("Lô 3, cụm công nghiệp Đức Thắng");
        assertThat(company.getKind()).isEqualTo(CustomerKind.ENTERPRISE);
        assertThat(company.getVipTier()).isEqualTo(VipTier.DIAMOND);
        assertThat(company.getUnitPath()).isEqualTo("/1/2/5/");
        assertThat(company.getActiveServices()).containsExactlyInAnyOrder(Service.VINAPHONE_POSTPAID, Service.FIBERVNN);
    }

    @Test
    void aFileSavedAsWindows1258OrLatin1IsRefusedAsNotUtf8() {
        String text = ImportFiles.create().customer("IMP-ANSI-1", "Trần Thị Hòa").text(';');

        for (Charset charset : List.of(Charset.forName("windows-1258"), StandardCharsets.ISO_8859_1)) {
            ImportPreview preview = customerImport.check(ImportFiles.write(files, text.getBytes(charset)),
                    (rows, fraction) -> { });

            assertThat(preview.canImport()).as(charset.name()).isFalse();
            assertThat(preview.problems()).as(charset.name()).extracting(ImportProblem::row, ImportProblem::reasonKey)
                    .containsExactly(tuple(0, "customer.import.problem.encoding"));
        }
    }

    @Test
    void missingRequiredColumnsAreListedInOneProblem() {
        Path file = ImportFiles.create().customer("IMP-COLS-1", "Nguyễn Văn An")
                .without(ImportColumn.SERVICE).without(ImportColumn.START_DATE).without(ImportColumn.EMAIL)
                .writeForExcel(files);

        ImportPreview preview = customerImport.check(file, (rows, fraction) -> { });

        assertThat(preview.problems()).containsExactly(new ImportProblem(0, null,
                "customer.import.problem.missingColumns", List.of("Dịch vụ, Ngày bắt đầu")));
    }

    @Test
    void aBadDateIsReportedWithItsRowAndColumnAndTheFileCannotBeImported() {
        Path file = ImportFiles.create()
                .customer("IMP-DATE-1", "Nguyễn Văn An")
                .customer("IMP-DATE-2", "Phạm Thị Bình").with(ImportColumn.START_DATE, "31/02/2020")
                .with(ImportColumn.BIRTH_DATE, "1978-02-14")
                .writeForExcel(files);

        ImportPreview preview = customerImport.check(file, (rows, fraction) -> { });

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reasonKey,
                        ImportProblem::arguments)
                .containsExactlyInAnyOrder(
                        tuple(3, ImportColumn.BIRTH_DATE, "customer.import.problem.date", List.of("1978-02-14")),
                        tuple(3, ImportColumn.START_DATE, "customer.import.problem.date", List.of("31/02/2020")));
        assertThatThrownBy(() -> customerImport.commit(file, "dates.csv", (rows, fraction) -> { }))
                .isInstanceOf(ImportFailed.class);
        assertThat(importedCount("IMP-DATE-%")).isZero();
    }

    @Test
    void aCustomerCodeTwiceInTheFileAndRowsOfOneCustomerThatDisagreeAreReported() {
        Path file = ImportFiles.create()
                .customer("IMP-TWICE-1", "Nguyễn Văn An")
                .customer("IMP-TWICE-2", "Phạm Thị Bình")
                .customer("IMP-TWICE-1", "Nguyễn Văn An").with(ImportColumn.NUMBER, "IMP-TWICE-1/2")
                .customer("IMP-TWICE-3", "Đỗ Văn Cường")
                .subscription("Internet FiberVNN", "hha_cuong").with(ImportColumn.NAME, "Đỗ Văn Cương")
                .customer("IMP-TWICE-4", "Lê Thị Dung").with(ImportColumn.NUMBER, "IMP-TWICE-2/1")
                .writeForExcel(files);

        ImportPreview preview = customerImport.check(file, (rows, fraction) -> { });

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reasonKey,
                        ImportProblem::arguments)
                .containsExactly(
                        tuple(4, ImportColumn.CODE, "customer.import.problem.code.twice", List.of("IMP-TWICE-1", 2)),
                        tuple(6, ImportColumn.NAME, "customer.import.problem.inconsistent", List.of(5)),
                        tuple(7, ImportColumn.NUMBER, "customer.import.problem.number.twice",
                                List.of("IMP-TWICE-2/1", 3)));
    }

    @Test
    void customerCodesAndSubscriptionNumbersAlreadyInTheDatabaseAreRefused() {
        Path first = ImportFiles.create().customer("IMP-EXIST-1", "Nguyễn Văn An").writeForExcel(files);
        customerImport.commit(first, "first.csv", (rows, fraction) -> { });

        Path again = ImportFiles.create()
                .customer("IMP-EXIST-1", "Nguyễn Văn An").with(ImportColumn.NUMBER, "IMP-EXIST-1/2")
                .customer("IMP-EXIST-2", "Phạm Thị Bình").with(ImportColumn.NUMBER, "imp-exist-1/1")
                .writeForExcel(files);
        ImportPreview preview = customerImport.check(again, (rows, fraction) -> { });

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactly(
                        tuple(2, ImportColumn.CODE, "customer.import.problem.code.exists"),
                        tuple(3, ImportColumn.NUMBER, "customer.import.problem.number.exists"));
    }

    @Test
    void aUnitOutsideTheImportersScopeIsRefusedLikeUnknownOrNonSalesUnits() {
        UnitScope hiepHoaManager = signIn("hiephoa.truongphong").scope();
        signIn("kehoach");
        Map<String, Unit> unitsByCode = units.findInScope().stream()
                .collect(Collectors.toMap(Unit::getCode, Function.identity()));
        ImportRowParser parser = new ImportRowParser(labels, unitsByCode, hiepHoaManager,
                LocalDate.now(VnFormats.ZONE));
        Path file = ImportFiles.create()
                .customer("IMP-SCOPE-1", "Nguyễn Văn An").with(ImportColumn.UNIT, "CHGD-HHA-2")
                .customer("IMP-SCOPE-2", "Phạm Thị Bình").with(ImportColumn.UNIT, "CHGD-LNM-1")
                .customer("IMP-SCOPE-3", "Đỗ Văn Cường").with(ImportColumn.UNIT, "TTVT-HHA")
                .customer("IMP-SCOPE-4", "Lê Thị Dung").with(ImportColumn.UNIT, "CHGD-HHA-9")
                .writeForExcel(files);

        ImportPreview preview = new ImportCheck(parser, tables).run(file, (rows, fraction) -> { });

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactly(
                        tuple(3, ImportColumn.UNIT, "customer.import.problem.unit.outOfScope"),
                        tuple(4, ImportColumn.UNIT, "customer.import.problem.unit.notManaging"),
                        tuple(5, ImportColumn.UNIT, "customer.import.problem.unit.unknown"));
    }

    @Test
    void aFailureInTheMiddleOfTheImportLeavesNoRowBehind() {
        Path file = generated("IMP-HALF-", 2_500);
        assertThat(customerImport.check(file, (rows, fraction) -> { }).canImport()).isTrue();

        assertThatThrownBy(() -> customerImport.commit(file, "half.csv", (rows, fraction) -> {
            if (rows >= 2_000) {
                throw new IllegalStateException("The server is shutting down");
            }
        })).hasMessage("The server is shutting down");

        assertThat(importedCount("IMP-HALF-%")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from subscription where number like 'IMP-HALF-%'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_id = 'half.csv'",
                Integer.class)).isZero();
    }

    @Test
    void aNumberTakenBetweenTheCheckAndTheImportRollsTheWholeImportBack() {
        Path file = generated("IMP-RACE-", 2_500);
        assertThat(customerImport.check(file, (rows, fraction) -> { }).canImport()).isTrue();
        Path meanwhile = ImportFiles.create().customer("IMP-MEANWHILE", "Nguyễn Văn An")
                .with(ImportColumn.NUMBER, "IMP-RACE-001800/1").writeForExcel(files);
        customerImport.commit(meanwhile, "meanwhile.csv", (rows, fraction) -> { });

        assertThatThrownBy(() -> customerImport.commit(file, "race.csv", (rows, fraction) -> { }))
                .isInstanceOfSatisfying(ImportFailed.class, failed -> assertThat(failed.problems())
                        .extracting(ImportProblem::reasonKey).containsExactly("customer.import.problem.changed"));

        assertThat(importedCount("IMP-RACE-%")).isZero();
    }

    @Test
    void theDocumentedSampleFileHasNoProblems() {
        ImportPreview preview = customerImport.check(Path.of("docs/import/khach-hang-mau.csv"),
                (rows, fraction) -> { });

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).isEqualTo(10);
        assertThat(preview.customers()).isEqualTo(6);
        assertThat(preview.firstRows()).extracting(row -> row.customer().district())
                .containsAll(EnumSet.of(District.BGG, District.LNG, District.HHA, District.VYN, District.YTE,
                        District.YDG));
    }

    private int importedCount(String codePattern) {
        return jdbc.queryForObject("select count(*) from customer where code like ?", Integer.class, codePattern);
    }

    /** {@code rows} customers of one subscription each. */
    private Path generated(String codePrefix, int rows) {
        ImportFiles generated = ImportFiles.create();
        for (int row = 1; row <= rows; row++) {
            generated.customer(codePrefix + "%06d".formatted(row), "Khách hàng " + row);
        }
        return generated.writeForExcel(files);
    }
}
