package vn.vnpt.bacgiang.cskh.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * Exports open in a spreadsheet without running what a customer's name or phone number says, keep
 * Vietnamese intact, and leave a trace. Rolled back: the Yên Thế fixture customers get formula-like
 * names only here.
 */
@Transactional
class SegmentExportTest extends PortalTest {

    private static final SegmentCriteria YEN_THE = SegmentCriteria.allOf(
            new Criterion.Districts(EnumSet.of(District.YTE)));

    @Autowired
    private SegmentExport export;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private PlatformTransactionManager transactions;

    private long lastAuditEntry;

    @BeforeEach
    void giveYenTheCustomersFormulaLikeNames() {
        SegmentFixture.ensureLoaded(jdbc, LocalDate.now(clock));
        List<String> codes = jdbc.queryForList("SELECT code FROM customer WHERE code LIKE 'SEG-%' AND district = 'YTE' "
                + "ORDER BY code LIMIT 5", String.class);
        Map<String, String> names = Map.of(codes.get(0), "=HYPERLINK(\"http://x.example\",\"Bấm\")",
                codes.get(1), "+cmd|' /C calc'!A0", codes.get(2), "@SUM(1+1)", codes.get(3), "-2+3",
                codes.get(4), "\tTab đầu");
        names.forEach((code, name) -> jdbc.update("UPDATE customer SET name = ? WHERE code = ?", name, code));
        jdbc.update("UPDATE customer SET phone = '+84 912 345 678' WHERE code = ?", codes.get(0));
        lastAuditEntry = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
        signIn("kehoach");
    }

    @Test
    void theCsvQuotesEveryCellThatASpreadsheetWouldRunAsAFormulaAndKeepsTheRestAsItIs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(YEN_THE, PortalI18NProvider.VIETNAMESE, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> names = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().skip(1)
                .map(line -> line.split(";")[1]).toList();
        assertThat(names).contains("'+cmd|' /C calc'!A0", "'@SUM(1+1)", "'-2+3", "'\tTab đầu",
                "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Bấm\"\")\"")
                .noneMatch(name -> name.startsWith("=") || name.startsWith("+") || name.startsWith("@")
                        || name.startsWith("-"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("'+84 912 345 678", "Yên Thế");
        assertThat(newExports()).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor_username")).isEqualTo("kehoach");
            assertThat((String) entry.get("after_state")).contains("\"format\":\"CSV\"", "\"scope\":\"/%\"",
                    "\"rows\":12", "\"complete\":true", "YTE");
        });
    }

    @Test
    void theWorkbookKeepsEachValueButMarksFormulaLikeTextAsTextForExcel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeXlsx(YEN_THE, PortalI18NProvider.VIETNAMESE, out);

        List<Cell> names = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(1));
                }
            }
            assertThat(names).filteredOn(cell -> cell.getStringCellValue().equals("@SUM(1+1)")).singleElement()
                    .satisfies(cell -> assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue());
            assertThat(names).filteredOn(cell -> "=+-@\t".indexOf(cell.getStringCellValue().charAt(0)) >= 0)
                    .hasSize(5).allSatisfy(cell -> assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue());
            assertThat(names).filteredOn(cell -> cell.getStringCellValue().startsWith("Công ty"))
                    .allSatisfy(cell -> assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse());
        }
        assertThat(newExports()).singleElement().satisfies(entry -> assertThat((String) entry.get("after_state"))
                .contains("\"format\":\"XLSX\"", "\"rows\":12"));
    }

    @Test
    void aDistrictManagersExportRecordsTheirOwnScope() throws Exception {
        signIn("yenthe.truongphong");
        export.writeCsv(SegmentCriteria.everyone(), PortalI18NProvider.VIETNAMESE, new ByteArrayOutputStream());

        assertThat(newExports()).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor_username")).isEqualTo("yenthe.truongphong");
            assertThat((String) entry.get("entity_id")).isNotEqualTo("/%").endsWith("%");
        });
    }

    /**
     * The export entries written since this test began (the trail is shared and append-only), read
     * in a transaction of their own: they were committed beside this test's rolled-back one.
     */
    private List<Map<String, Object>> newExports() {
        TransactionTemplate separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return separate.execute(status -> jdbc.queryForList("SELECT * FROM audit_entry WHERE id > ? AND action = 'EXPORT' "
                + "AND entity_type = 'CustomerExport'", lastAuditEntry));
    }
}
