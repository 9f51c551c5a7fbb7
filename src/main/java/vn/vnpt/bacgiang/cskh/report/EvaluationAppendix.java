package vn.vnpt.bacgiang.cskh.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.DayContacts;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.supervision.ActionState;
import vn.vnpt.bacgiang.cskh.supervision.CampaignFinding;
import vn.vnpt.bacgiang.cskh.supervision.FindingSource;
import vn.vnpt.bacgiang.cskh.supervision.FindingState;

/**
 * The evaluation report's appendix ({@code reports/evaluation-appendix.jrxml}, filled as part of {@link EvaluationPdf}):
 * per executing unit its figures in words, its days, its care staff and its findings with their corrective actions;
 * and the count of those actions by state that section IV also prints.
 */
@Component
class EvaluationAppendix {

    private static final String APPENDIX = "evaluation-appendix";

    private final ReportTemplates templates;
    private final I18NProvider i18n;

    EvaluationAppendix(ReportTemplates templates, I18NProvider i18n) {
        this.templates = templates;
        this.i18n = i18n;
    }

    /**
     * The findings' corrective actions by state (the pending ones also counted overdue), the findings without one,
     * and the callbacks the customers did not confirm.
     */
    String actionsNote(List<CampaignFinding> findings, Locale language) {
        return text(language, "report.evaluation.actionsNote",
                count(findings, finding -> finding.actionState() == ActionState.VERIFIED),
                count(findings, finding -> finding.actionState() == ActionState.DONE),
                count(findings, finding -> finding.actionState() != null && finding.actionState().pending()),
                count(findings, CampaignFinding::overdue),
                count(findings, finding -> finding.actionState() == null && finding.state() != FindingState.WITHDRAWN),
                VnFormats.number(findings.stream().mapToLong(finding -> Objects.requireNonNullElse(
                        finding.callbacksUnconfirmed(), 0)).sum()));
    }

    private static String count(List<CampaignFinding> findings, Predicate<CampaignFinding> which) {
        return VnFormats.number(findings.stream().filter(which).count());
    }

    /**
     * The appendix: per executing unit in the ranking's order, its figures told in a paragraph, its days, its care
     * staff and its findings; none for a copy issued before the appendix existed.
     */
    Map<String, Object> parameters(EvaluationFigures figures, Locale language) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("hasAppendix", figures.appendix() != null && !figures.units().isEmpty());
        parameters.put("appendixReport", templates.get(APPENDIX));
        Map<String, String> labels = new HashMap<>();
        for (String key : List.of("trendCaption", "seriesContacts", "seriesAccepted", "staffCaption",
                "findingsCaption")) {
            labels.put(key, text(language, "report.evaluation.appendix." + key));
        }
        for (int column = 0; column <= 6; column++) {
            labels.put("staff" + column, text(language, "report.evaluation.appendix.staff.column" + column));
            labels.put("finding" + column, text(language, "report.evaluation.appendix.finding.column" + column));
        }
        parameters.put("appendixLabels", labels);
        List<UnitProgress> units = figures.units();
        parameters.put("appendixRows", new JRMapCollectionDataSource(IntStream.range(0, units.size())
                .<Map<String, ?>>mapToObj(rank -> appendixOf(figures, rank, language)).toList()));
        return parameters;
    }

    private Map<String, ?> appendixOf(EvaluationFigures figures, int rank, Locale language) {
        UnitProgress unit = figures.units().get(rank);
        UnitAppendix appendix = Objects.requireNonNullElse(figures.appendixOf(unit.unitId()),
                new UnitAppendix(unit.unitId(), List.of(), List.of(), List.of()));
        Figures done = unit.figures();
        UnitBudget budget = EvaluationPdf.budget(figures, unit);
        List<CampaignFinding> findings = appendix.findings();
        List<DayContacts> trend = appendix.trend().size() > EvaluationPdf.MAX_DAILY_POINTS
                ? EvaluationPdf.weeks(appendix.trend()) : appendix.trend();
        Map<String, Object> row = new HashMap<>();
        row.put("heading", text(language, "report.evaluation.appendix.heading", String.valueOf(rank + 1),
                unit.unitName()));
        row.put("summary", text(language, "report.evaluation.appendix.summary", String.valueOf(rank + 1),
                String.valueOf(figures.units().size()), VnFormats.number(done.tasks()), VnFormats.number(unit.quota()),
                VnFormats.number(done.contacted()), VnFormats.number(done.reached()),
                EvaluationPdf.percent(unit.quotaRate()),
                VnFormats.number(done.accepted()),
                done.satisfaction() == null ? "–" : VnFormats.decimal(done.satisfaction(), 1),
                VnFormats.number(budget.planned() / 1000), VnFormats.number((budget.submitted() ? budget.settled()
                        : budget.estimated()) / 1000), text(language, budget.submitted()
                        ? "report.evaluation.appendix.settled" : "report.evaluation.appendix.estimated")));
        row.put("trend", trend.stream().<Map<String, ?>>map(point -> Map.of("day", EvaluationPdf.DAY.format(point.day()),
                "contacts", point.contacts(), "accepted", point.accepted())).toList());
        row.put("staffRows", appendix.staff().stream().map(staff -> EvaluationPdf.cells(List.of(
                staff.staffName().isEmpty() ? text(language, "report.evaluation.appendix.unassigned") : staff.staffName(),
                VnFormats.number(staff.figures().tasks()), VnFormats.number(staff.figures().contacted()),
                VnFormats.number(staff.figures().reached()), VnFormats.number(staff.figures().accepted()),
                EvaluationPdf.percent(Figures.percent(staff.figures().reached(), staff.figures().tasks())),
                staff.figures().satisfaction() == null ? "–" : VnFormats.decimal(staff.figures().satisfaction(), 1))))
                .toList());
        row.put("findingsNote", findings.isEmpty() ? text(language, "report.evaluation.appendix.noFindings")
                : text(language, "report.evaluation.appendix.findingsNote", VnFormats.number(findings.size()),
                count(findings, CampaignFinding::knockOut), findings.stream().map(CampaignFinding::plannedOn).distinct()
                        .map(VnFormats::date).collect(Collectors.joining(", "))) + " " + actionsNote(findings, language));
        LocalDate cutOff = LocalDate.ofInstant(figures.cutOff(), VnFormats.ZONE);
        row.put("findingRows", findings.stream().map(finding -> EvaluationPdf.cells(List.of(what(finding, language),
                finding.actionDue() == null ? "–" : VnFormats.date(finding.actionDue()),
                text(language, finding.state().labelKey()),
                text(language, finding.knockOut() ? "report.evaluation.yes" : "report.evaluation.no"),
                finding.callbacksUnconfirmed() == null ? "–" : VnFormats.number(finding.callbacksUnconfirmed()),
                finding.overdue() ? VnFormats.number(ChronoUnit.DAYS.between(finding.actionDue(), cutOff)) : "–",
                finding.actionState() == null ? "–" : text(language, finding.actionState().labelKey()))))
                .toList());
        return row;
    }

    /** What was found: the item, or whose callbacks; then the corrective action and who owns it. */
    private String what(CampaignFinding finding, Locale language) {
        String found = finding.source() == FindingSource.CALLBACK ? text(language,
                "report.evaluation.appendix.callbacks", Objects.requireNonNullElse(finding.staffName(), "–"))
                : finding.itemText();
        return finding.action() == null ? found : found + "\n" + text(language, "report.evaluation.appendix.action",
                finding.action(), Objects.requireNonNullElse(finding.actionOwner(), "–"));
    }

    private String text(Locale language, String key, Object... arguments) {
        return i18n.getTranslation(key, language, arguments);
    }
}
