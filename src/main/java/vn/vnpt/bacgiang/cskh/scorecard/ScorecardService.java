package vn.vnpt.bacgiang.cskh.scorecard;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The coordination scorecard for the Director, ĐHNV and Admins: every executing unit and TTVT, coloured against
 * the Admin's thresholds, with the previous period from the snapshot taken {@link ScorecardFigures#PERIOD_DAYS}
 * days before (or the latest one before that day).
 */
@Service
@PreAuthorize(Permissions.HAS_SCORECARD_READ)
@Transactional(readOnly = true)
public class ScorecardService {

    private final KeptScorecard kept;
    private final ThresholdRepository thresholds;
    private final AuditTrail audit;
    private final I18NProvider i18n;
    private final Clock clock;

    ScorecardService(KeptScorecard kept, ThresholdRepository thresholds, AuditTrail audit, I18NProvider i18n,
                     Clock clock) {
        this.kept = kept;
        this.thresholds = thresholds;
        this.audit = audit;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Counted now, for downloads and reports; the kept card is replaced by this count. */
    public CoordinationScorecard scorecard() {
        return kept.count();
    }

    /** For the scorecard view: the kept card (at most a minute old, counted every 30 s), else counted now. */
    public CoordinationScorecard latest() {
        return kept.card();
    }

    /** For the dashboards' tile: the units with a figure at alert or warning, as kept (at most a minute old). */
    public ScorecardSummary summary() {
        return kept.summary();
    }

    public List<Threshold> thresholds() {
        return thresholds.findAllByOrderByIdAsc();
    }

    /** Saves all thresholds at once or none: each must be read at its current version, 1 ≤ warning ≤ alert. */
    @PreAuthorize(Permissions.HAS_ADMINISTER)
    @Transactional
    public List<Threshold> saveThresholds(List<ThresholdEdit> edits) {
        for (ThresholdEdit edit : edits) {
            if (edit.warnAt() < 1) {
                throw new RuleViolation("scorecard.threshold.warnTooLow", "warnAt");
            }
            if (edit.alertAt() < edit.warnAt()) {
                throw new RuleViolation("scorecard.threshold.alertBelowWarn", "alertAt");
            }
        }
        kept.drop();
        Map<Metric, Threshold> stored = thresholds.findAll().stream()
                .collect(Collectors.toMap(Threshold::getMetric, Function.identity()));
        for (ThresholdEdit edit : edits) {
            Threshold threshold = stored.get(edit.metric());
            if (threshold == null) {
                throw new IllegalArgumentException("No threshold for " + edit.metric());
            }
            threshold.requireVersion(edit.version());
            if (threshold.getWarnAt() != edit.warnAt() || threshold.getAlertAt() != edit.alertAt()) {
                Map<String, Object> before = threshold.auditState();
                threshold.change(edit.warnAt(), edit.alertAt());
                thresholds.saveAndFlush(threshold);
                audit.updated(threshold, before, "Scorecard thresholds of " + edit.metric() + " changed");
            }
        }
        return thresholds.findAllByOrderByIdAsc();
    }

    /** The scorecard as a spreadsheet: one row per row of the grid, in the same order, figures as numbers. */
    public byte[] excel(Locale locale) {
        Locale language = PortalI18NProvider.supported(locale);
        CoordinationScorecard card = scorecard();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(i18n.getTranslation("scorecard.excel.sheet", language));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(i18n.getTranslation("scorecard.column.unit", language));
            header.createCell(1).setCellValue(i18n.getTranslation("scorecard.column.side", language));
            for (Metric metric : Metric.values()) {
                header.createCell(2 + metric.ordinal()).setCellValue(i18n.getTranslation(metric.labelKey(), language));
            }
            header.forEach(cell -> cell.setCellStyle(bold));
            int index = 1;
            for (ScorecardRow line : card.rows()) {
                Row row = sheet.createRow(index++);
                row.createCell(0).setCellValue(line.unitName());
                row.createCell(1).setCellValue(i18n.getTranslation(line.side().labelKey(), language));
                for (Metric metric : line.metrics()) {
                    row.createCell(2 + metric.ordinal()).setCellValue(line.value(metric));
                }
            }
            sheet.setColumnWidth(0, 45 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spreadsheet's file name with today's date. */
    public String excelFileName(Locale locale) {
        return i18n.getTranslation("scorecard.excel.fileName", PortalI18NProvider.supported(locale),
                VnFormats.date(clock.instant().atZone(VnFormats.ZONE).toLocalDate()).replace('/', '-'));
    }
}
