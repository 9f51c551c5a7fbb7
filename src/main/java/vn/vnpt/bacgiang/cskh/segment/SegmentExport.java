package vn.vnpt.bacgiang.cskh.segment;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.audit.Auditable;
import vn.vnpt.bacgiang.cskh.base.SpreadsheetText;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * A segment's members as a spreadsheet for the districts' care staff: Excel, or CSV the way Excel
 * opens Vietnamese text (UTF-8 with a byte order mark, {@code ;} between fields). Rows are streamed
 * from the database to the file, so a segment of any size never sits in memory. Text that a
 * spreadsheet would take for a formula is neutralised ({@link SpreadsheetText}), and every export
 * is recorded in the audit trail with its user, scope, criteria and rows.
 */
@Service
@PreAuthorize(Permissions.HAS_EXPORT_PERSONAL_DATA)
@Transactional(readOnly = true)
public class SegmentExport {

    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    private final SegmentQuery query;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    SegmentExport(SegmentQuery query, I18NProvider i18n, CurrentUser currentUser, AuditTrail audit) {
        this.query = query;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    private record Column(String headerKey, Function<SegmentMember, @Nullable Object> value) {
    }

    public String fileName(Locale locale, String extension) {
        return i18n.getTranslation("segment.export.file", locale, VnFormats.date(query.today()).replace('/', '-'))
                + "." + extension;
    }

    public void writeXlsx(SegmentCriteria criteria, Locale locale, OutputStream out) throws IOException {
        List<Column> columns = columns(locale);
        Export export = new Export("XLSX", criteria);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            SXSSFSheet sheet = workbook.createSheet(i18n.getTranslation("segment.export.sheet", locale));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                headerRow.createCell(i).setCellValue(i18n.getTranslation(columns.get(i).headerKey(), locale));
                headerRow.getCell(i).setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            query.forEachMember(criteria, MemberOrder.BY_NAME, member -> {
                Row row = sheet.createRow(next[0]++);
                export.rows++;
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(member);
                    switch (value) {
                        case null -> row.createCell(i);
                        case Long number -> {
                            row.createCell(i).setCellValue(number);
                            row.getCell(i).setCellStyle(money);
                        }
                        case Integer number -> row.createCell(i).setCellValue(number);
                        case LocalDate day -> {
                            row.createCell(i).setCellValue(day);
                            row.getCell(i).setCellStyle(date);
                        }
                        default -> {
                            String text = value.toString();
                            row.createCell(i).setCellValue(text);
                            if (SpreadsheetText.startsLikeFormula(text)) {
                                row.getCell(i).setCellStyle(quoted);
                            }
                        }
                    }
                }
            });
            workbook.write(out);
            export.complete = true;
        } finally {
            audited(export);
        }
    }

    public void writeCsv(SegmentCriteria criteria, Locale locale, OutputStream out) throws IOException {
        List<Column> columns = columns(locale);
        Export export = new Export("CSV", criteria);
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writeCsvLine(writer, columns.stream().map(column -> i18n.getTranslation(column.headerKey(), locale))
                    .toList());
            query.forEachMember(criteria, MemberOrder.BY_NAME, member -> {
                writeCsvLine(writer, columns.stream().map(column -> csvText(column.value().apply(member))).toList());
                export.rows++;
            });
            writer.flush();
            export.complete = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            audited(export);
        }
    }

    private void audited(Export export) {
        audit.exported(export, "Xuất " + export.rows + " khách hàng (" + export.format + ")"
                + (export.complete ? "" : ", bị gián đoạn"));
    }

    /** The audit trail's record of one export: by whom (the entry's actor), of which scope and criteria, how many rows. */
    private final class Export implements Auditable {

        private final String format;
        private final String scope;
        private final SegmentCriteria criteria;
        private long rows;
        private boolean complete;

        Export(String format, SegmentCriteria criteria) {
            this.format = format;
            this.scope = currentUser.scope().pathPattern();
            this.criteria = criteria;
        }

        @Override
        public String auditType() {
            return "CustomerExport";
        }

        @Override
        public String auditId() {
            return scope;
        }

        @Override
        public Map<String, Object> auditState() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("format", format);
            state.put("scope", scope);
            state.put("criteria", SegmentJson.write(criteria));
            state.put("rows", rows);
            state.put("complete", complete);
            return state;
        }
    }

    private List<Column> columns(Locale locale) {
        Function<String, String> t = key -> i18n.getTranslation(key, locale);
        return List.of(
                new Column("segment.member.code", SegmentMember::code),
                new Column("segment.member.name", SegmentMember::name),
                new Column("segment.member.kind", member -> t.apply(member.kind().labelKey())),
                new Column("segment.member.district", member -> member.district().displayName()),
                new Column("segment.member.unit", SegmentMember::unitName),
                new Column("segment.member.phone", SegmentMember::phone),
                new Column("segment.member.arpu", SegmentMember::arpu),
                new Column("segment.member.trend", member -> t.apply(member.arpuTrend().labelKey())),
                new Column("segment.member.since", SegmentMember::customerSince),
                new Column("segment.member.tenure", SegmentMember::tenureYears),
                new Column("segment.member.vip", member -> t.apply(member.vipTier().labelKey())),
                new Column("segment.member.churn", member -> t.apply(member.churnRisk().labelKey())),
                new Column("segment.member.overdue", SegmentMember::overdueAmount),
                new Column("segment.member.birth", SegmentMember::birthDate));
    }

    private static String csvText(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case LocalDate day -> VnFormats.date(day);
            case String text -> SpreadsheetText.forCsv(text);
            default -> value.toString();
        };
    }

    private static void writeCsvLine(Writer writer, List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    writer.write(';');
                }
                writer.write(quoted(Objects.requireNonNull(fields.get(i))));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.indexOf(';') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
