package vn.vnpt.bacgiang.cskh.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.supervision.Finding;
import vn.vnpt.bacgiang.cskh.supervision.Inspection;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPdf;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPrintout;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;
import vn.vnpt.bacgiang.cskh.supervision.PrintoutService;
import vn.vnpt.bacgiang.cskh.supervision.Scorecard;

/**
 * One inspection as a PDF (docs/decisions/0024): unit, campaign or period, template revision, the
 * answers by section with their points and the section and overall scores, knock-outs, photo
 * thumbnails, the callback sample, findings with the unit's answers and their corrective actions, and
 * the sign-off. {@link PrintoutService} decides who may print it; a draft is printed marked as such.
 */
@Service
@PreAuthorize(Permissions.HAS_INSPECTION_READ)
@Transactional(readOnly = true)
public class InspectionReport implements InspectionPdf {

    private static final String TEMPLATE = "inspection";
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final PrintoutService printouts;
    private final InspectionService inspections;
    private final ReportTemplates templates;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;
    private final Clock clock;

    InspectionReport(PrintoutService printouts, InspectionService inspections, ReportTemplates templates,
                     I18NProvider i18n, CurrentUser currentUser, Clock clock) {
        this.printouts = printouts;
        this.inspections = inspections;
        this.templates = templates;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public byte[] render(long inspectionId, Locale locale) {
        Locale language = PortalI18NProvider.supported(locale);
        InspectionPrintout printout = printouts.printout(inspectionId);
        InspectionRows.Texts texts = (key, arguments) -> i18n.getTranslation(key, language, arguments);
        Map<String, Object> parameters = new HashMap<>(heading(printout, texts));
        parameters.putAll(signOff(printout, texts));
        parameters.put(JRParameter.REPORT_LOCALE, language);
        List<Map<String, ?>> rows = InspectionRows.of(texts, printout, LocalDate.now(clock));
        return templates.renderPdf(TEMPLATE, parameters, new JRMapCollectionDataSource(rows));
    }

    /** "Phiếu kiểm tra Lục Nam 01-12-2026.pdf": the unit and the inspection's date. */
    @Override
    public String fileName(long inspectionId, Locale locale) {
        Inspection inspection = inspections.get(inspectionId);
        return i18n.getTranslation("report.inspection.fileName", PortalI18NProvider.supported(locale),
                inspection.getUnitName(), FILE_DATE.format(inspection.getPlannedOn()));
    }

    private Map<String, Object> heading(InspectionPrintout printout, InspectionRows.Texts texts) {
        Inspection inspection = printout.inspection();
        Scorecard scorecard = printout.sheet().scorecard();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", texts.get("app.organisation.short"));
        parameters.put("printedAt", texts.get("report.inspection.printedAt", VnFormats.dateTime(clock.instant())));
        parameters.put("printedBy", texts.get("report.inspection.printedBy", currentUser.require().displayName()));
        parameters.put("title", texts.get("report.inspection.title"));
        parameters.put("draft", printout.draft());
        parameters.put("draftMark", texts.get("report.inspection.draftMark"));
        parameters.put("draftNote", texts.get("report.inspection.draftNote"));
        parameters.put("unitLabel", texts.get("report.inspection.unit"));
        parameters.put("unit", inspection.getUnitName());
        boolean campaign = inspection.getCampaignName() != null;
        parameters.put("subjectLabel", texts.get(campaign ? "report.inspection.campaign" : "report.inspection.period"));
        parameters.put("subject", campaign ? inspection.getCampaignName()
                : texts.get("report.inspection.periodText", VnFormats.date(Objects.requireNonNull(inspection.getPeriodStart())),
                VnFormats.date(Objects.requireNonNull(inspection.getPeriodEnd()))));
        parameters.put("templateLabel", texts.get("report.inspection.template"));
        parameters.put("template", texts.get("report.inspection.templateText", printout.sheet().template().getName(),
                printout.sheet().template().getRevision()));
        parameters.put("supervisorLabel", texts.get("report.inspection.supervisor"));
        parameters.put("supervisor", inspection.getSupervisorName());
        parameters.put("dateLabel", texts.get("report.inspection.date"));
        parameters.put("date", VnFormats.date(inspection.getPlannedOn()));
        parameters.put("stateLabel", texts.get("report.inspection.state"));
        parameters.put("state", texts.get(inspection.getState().labelKey()));
        parameters.put("scoreLabel", texts.get("report.inspection.score"));
        parameters.put("score", InspectionRows.percent(scorecard.overall()));
        parameters.put("verdict", scorecard.knockedOut()
                ? texts.get("report.inspection.knockedOut", scorecard.knockOuts().size())
                : texts.get("report.inspection.noKnockOut"));
        parameters.put("knockedOut", scorecard.knockedOut());
        parameters.put("footer", texts.get("report.inspection.footer", inspection.getUnitName()));
        parameters.put("page", texts.get("report.inspection.page"));
        parameters.put("colNo", texts.get("report.inspection.colNo"));
        return parameters;
    }

    private Map<String, Object> signOff(InspectionPrintout printout, InspectionRows.Texts texts) {
        Inspection inspection = printout.inspection();
        Instant submittedAt = inspection.getSubmittedAt();
        List<Finding> findings = printout.findings();
        List<String> respondents = findings.stream().map(Finding::getRespondedBy).filter(Objects::nonNull)
                .distinct().toList();
        long answered = findings.stream().filter(finding -> finding.getRespondedBy() != null).count();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("signOff", texts.get("report.inspection.signOff"));
        parameters.put("signSupervisor", texts.get("report.inspection.signSupervisor"));
        parameters.put("supervisorLine", submittedAt == null ? texts.get("report.inspection.notSubmitted")
                : texts.get("report.inspection.submittedAt", VnFormats.dateTime(submittedAt)));
        parameters.put("signUnit", texts.get("report.inspection.signUnit"));
        parameters.put("unitSigner", respondents.isEmpty() ? "" : String.join(", ", respondents));
        parameters.put("unitLine", printout.draft() ? texts.get("report.inspection.findingsAtSubmit")
                : unitLine(texts, findings.size(), answered, printout.unitRespondedAt()));
        parameters.put("signHint", texts.get("report.inspection.signHint"));
        return parameters;
    }

    private static String unitLine(InspectionRows.Texts texts, int findings, long answered, @Nullable Instant at) {
        if (findings == 0) {
            return texts.get("report.inspection.nothingToAnswer");
        }
        if (answered == 0) {
            return texts.get("report.inspection.notAnswered", findings);
        }
        return at == null ? texts.get("report.inspection.answeredCount", answered, findings)
                : texts.get("report.inspection.answered", answered, findings, VnFormats.dateTime(at));
    }
}
