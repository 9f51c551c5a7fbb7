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
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.org.RosterLine;
import vn.vnpt.bacgiang.cskh.org.RosterService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;

/** The organisation and staff roster of the signed-in user's scope, as a PDF to print or file. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RosterReport {

    private static final String TEMPLATE = "roster";
    /** Template parameters that carry a heading; each is translated from {@code report.roster.<name>}. */
    private static final List<String> HEADINGS = List.of("title", "unitCode", "unitName", "kind", "district",
            "managers", "headCount", "total", "unitCount", "page");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final RosterService roster;
    private final ReportTemplates templates;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;
    private final Clock clock;

    RosterReport(RosterService roster, ReportTemplates templates, I18NProvider i18n, CurrentUser currentUser,
                 Clock clock) {
        this.roster = roster;
        this.templates = templates;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public byte[] renderPdf(Locale locale) {
        Locale language = PortalI18NProvider.supported(locale);
        Map<String, Object> parameters = new HashMap<>();
        HEADINGS.forEach(name -> parameters.put(name, i18n.getTranslation("report.roster." + name, language)));
        parameters.put("organisation", i18n.getTranslation("app.organisation.short", language));
        parameters.put("printedAt", i18n.getTranslation("report.roster.printedAt", language,
                VnFormats.dateTime(clock.instant())));
        parameters.put("printedBy", i18n.getTranslation("report.roster.printedBy", language,
                currentUser.require().displayName()));
        parameters.put(JRParameter.REPORT_LOCALE, language);
        List<Map<String, ?>> rows = roster.roster().stream().<Map<String, ?>>map(line -> row(line, language)).toList();
        return templates.renderPdf(TEMPLATE, parameters, new JRMapCollectionDataSource(rows));
    }

    /** The download's file name, with its diacritics: "Danh sách tổ chức và nhân sự 25-11-2026.pdf". */
    public String fileName(Locale locale) {
        return i18n.getTranslation("report.roster.fileName", PortalI18NProvider.supported(locale),
                FILE_DATE.format(clock.instant().atZone(VnFormats.ZONE)));
    }

    private Map<String, Object> row(RosterLine line, Locale language) {
        District district = line.district();
        return Map.of(
                "unitCode", line.unitCode(),
                "unitName", line.unitName(),
                "depth", line.depth(),
                "kind", i18n.getTranslation(line.kind().labelKey(), language),
                "district", district == null ? "" : district.displayName(),
                "managers", String.join("\n", line.managerNames()),
                "headCount", line.headCount());
    }
}
