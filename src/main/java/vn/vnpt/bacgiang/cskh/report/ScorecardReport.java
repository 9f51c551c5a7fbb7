package vn.vnpt.bacgiang.cskh.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.scorecard.CoordinationScorecard;
import vn.vnpt.bacgiang.cskh.scorecard.Level;
import vn.vnpt.bacgiang.cskh.scorecard.Metric;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardPdf;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardRow;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/** The coordination scorecard on one landscape A4 page, with the grid's colours and the change since last period. */
@Service
@PreAuthorize(Permissions.HAS_SCORECARD_READ)
@Transactional(readOnly = true)
public class ScorecardReport implements ScorecardPdf {

    private static final String TEMPLATE = "scorecard";
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Map<Level, String> COLOURS = Map.of(Level.OK, "#FFFFFF", Level.WARN, "#FFF1C2",
            Level.ALERT, "#FAD4D1");

    private final ScorecardService scorecard;
    private final ReportTemplates templates;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScorecardReport(ScorecardService scorecard, ReportTemplates templates, I18NProvider i18n,
                    CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.scorecard = scorecard;
        this.templates = templates;
        this.i18n = i18n;
        this.currentUser = currentUser;
    }

    @Override
    public byte[] renderPdf(Locale locale) {
        Locale language = PortalI18NProvider.supported(locale);
        CoordinationScorecard card = scorecard.scorecard();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", i18n.getTranslation("app.organisation.short", language));
        parameters.put("title", i18n.getTranslation("scorecard.title", language));
        parameters.put("printedAt", i18n.getTranslation("report.roster.printedAt", language,
                VnFormats.dateTime(card.asOf())));
        parameters.put("printedBy", i18n.getTranslation("report.roster.printedBy", language,
                currentUser.require().displayName()));
        parameters.put("period", i18n.getTranslation("scorecard.period", language, VnFormats.date(card.periodFrom()),
                VnFormats.date(card.today()), card.notStartedDays())
                + " · " + (card.previousOn() == null ? i18n.getTranslation("scorecard.noPrevious", language)
                : i18n.getTranslation("scorecard.previous", language, VnFormats.date(card.previousOn()))));
        parameters.put("legend", i18n.getTranslation("report.scorecard.legend", language));
        parameters.put("unitHeader", i18n.getTranslation("scorecard.column.unit", language));
        parameters.put("sideHeader", i18n.getTranslation("scorecard.column.side", language));
        parameters.put("page", i18n.getTranslation("report.roster.page", language));
        for (Metric metric : Metric.values()) {
            parameters.put("h" + metric.ordinal(), i18n.getTranslation(metric.labelKey(), language));
        }
        parameters.put(JRParameter.REPORT_LOCALE, language);
        List<Map<String, ?>> rows = card.rows().stream().<Map<String, ?>>map(row -> row(row, language)).toList();
        return templates.renderPdf(TEMPLATE, parameters, new JRMapCollectionDataSource(rows));
    }

    @Override
    public String fileName(Locale locale) {
        return i18n.getTranslation("report.scorecard.fileName", PortalI18NProvider.supported(locale),
                FILE_DATE.format(clock.instant().atZone(VnFormats.ZONE)));
    }

    private Map<String, Object> row(ScorecardRow row, Locale language) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("unitName", row.unitName());
        fields.put("side", i18n.getTranslation(row.side().labelKey(), language));
        for (Metric metric : Metric.values()) {
            fields.put("v" + metric.ordinal(), row.has(metric) ? figure(row, metric) : "–");
            fields.put("c" + metric.ordinal(), COLOURS.get(row.has(metric) ? row.level(metric) : Level.OK));
        }
        return fields;
    }

    /** "12 (+3)": the figure and its change since the previous period's snapshot. */
    static String figure(ScorecardRow row, Metric metric) {
        Long change = row.change(metric);
        String value = VnFormats.number(row.value(metric));
        return change == null || change == 0 ? value : value + " (" + (change > 0 ? "+" : "−") + Math.abs(change) + ")";
    }
}
