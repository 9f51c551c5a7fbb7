package vn.vnpt.bacgiang.cskh.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.execution.DayContacts;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverSla;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspection;
import vn.vnpt.bacgiang.cskh.supervision.InspectionState;

/**
 * Fills {@code reports/evaluation.jrxml} from a campaign's {@link EvaluationFigures} (docs/decisions/0036): the
 * official heading, the scope, the ranked unit table with the trend chart, the hand-offs, the inspections, the
 * conclusions and the signature block, marked as a draft or with its issued number; then {@link EvaluationAppendix}, a
 * page per executing unit.
 */
@Component
class EvaluationPdf {

    private static final String TEMPLATE = "evaluation";
    private static final String TABLE = "evaluation-table";
    private static final String CLOSING = "evaluation-closing";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    /** A month of days fits the chart's axis; a longer campaign is charted per week. */
    static final int MAX_DAILY_POINTS = 31;
    /** The unit table's columns, in the template's order. */
    private static final List<String> UNIT_FIELDS = List.of("rank", "unitName", "quota", "contacted", "reached",
            "accepted", "quotaRate", "satisfaction", "budget");

    private final ReportTemplates templates;
    private final I18NProvider i18n;
    private final EvaluationAppendix appendix;

    EvaluationPdf(ReportTemplates templates, I18NProvider i18n, EvaluationAppendix appendix) {
        this.appendix = appendix;
        this.templates = templates;
        this.i18n = i18n;
    }

    /** How a copy is marked: a draft, or an issued copy with its number; the footer of every page. */
    record Marking(boolean draft, @Nullable String number, String footer) {
    }

    byte[] render(EvaluationFigures figures, Locale language, Marking marking) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.putAll(heading(figures, language, marking));
        parameters.putAll(unitTable(figures, language));
        parameters.putAll(trend(figures.trend(), language));
        parameters.putAll(handoffs(figures.handoffs(), language));
        parameters.putAll(supervision(figures, language));
        parameters.putAll(appendix.parameters(figures, language));
        parameters.put("tableReport", templates.get(TABLE));
        parameters.put("closingReport", templates.get(CLOSING));
        parameters.put("sectionConclusions", text(language, "report.evaluation.section.conclusions"));
        parameters.put("conclusions", conclusions(figures, language));
        parameters.put("recipientsLabel", text(language, "report.evaluation.recipientsLabel"));
        parameters.put("recipients", text(language, "report.evaluation.recipients"));
        parameters.put("signerTitle", text(language, "report.evaluation.signerTitle"));
        parameters.put("signerName", "");
        parameters.put("footer", marking.footer());
        parameters.put(JRParameter.REPORT_LOCALE, language);
        List<UnitProgress> units = figures.units();
        return templates.renderPdf(TEMPLATE, parameters, new JRMapCollectionDataSource(IntStream.range(0, units.size())
                .<Map<String, ?>>mapToObj(rank -> row(rank + 1, units.get(rank), budget(figures, units.get(rank))))
                .toList()));
    }

    /** The planner's conclusions and proposals, or a note that they are still to be written. */
    private String conclusions(EvaluationFigures figures, Locale language) {
        if (figures.conclusions() == null && figures.proposals() == null) {
            return text(language, "report.evaluation.conclusions.draft");
        }
        StringBuilder text = new StringBuilder(Objects.requireNonNullElse(figures.conclusions(), ""));
        if (figures.proposals() != null) {
            text.append(text.isEmpty() ? "" : "\n").append(text(language, "report.evaluation.proposalsLead"))
                    .append(' ').append(figures.proposals());
        }
        return text.toString();
    }

    private Map<String, Object> heading(EvaluationFigures figures, Locale language, Marking marking) {
        LocalDate today = LocalDate.ofInstant(figures.cutOff(), VnFormats.ZONE);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("draftMark", marking.draft() ? text(language, "report.evaluation.draftMark") : null);
        parameters.put("parentBody", text(language, "report.evaluation.parentBody"));
        parameters.put("issuingBody", text(language, "report.evaluation.issuingBody"));
        parameters.put("nation", text(language, "report.evaluation.nation"));
        parameters.put("motto", text(language, "report.evaluation.motto"));
        parameters.put("number", text(language, "report.evaluation.number", Objects.requireNonNullElse(marking.number(), "…")));
        parameters.put("placeAndDate", text(language, "report.evaluation.placeAndDate",
                "%02d".formatted(today.getDayOfMonth()), "%02d".formatted(today.getMonthValue()),
                String.valueOf(today.getYear())));
        parameters.put("kind", text(language, "report.evaluation.kind"));
        parameters.put("title", text(language, "report.evaluation.title", figures.campaignName()));
        parameters.put("sectionScope", text(language, "report.evaluation.section.scope"));
        parameters.put("scope", text(language, "report.evaluation.scope",
                Objects.requireNonNullElse(figures.objective(), "–"),
                Objects.requireNonNullElse(figures.segmentName(), "–"),
                figures.periodStart() == null ? "–" : VnFormats.date(figures.periodStart()),
                figures.periodEnd() == null ? "–" : VnFormats.date(figures.periodEnd()))
                + (figures.orientation() == null || figures.orientation().isBlank() ? ""
                : "\n" + text(language, "report.evaluation.orientation", figures.orientation().strip()))
                + (figures.scripts() == null ? "" : "\n" + (figures.scripts().isEmpty()
                ? text(language, "report.evaluation.noScripts")
                : text(language, "report.evaluation.scripts", figures.scripts().stream().map(script -> text(language,
                "report.evaluation.script", script.title(), script.version())).collect(Collectors.joining("; "))))));
        return parameters;
    }

    private Map<String, Object> unitTable(EvaluationFigures figures, Locale language) {
        List<UnitProgress> units = figures.units();
        UnitProgress total = figures.total();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sectionUnits", text(language, "report.evaluation.section.units"));
        parameters.put("unitsNote", text(language, "report.evaluation.unitsNote", VnFormats.number(total.figures().tasks()),
                VnFormats.number(units.size())));
        for (int column = 0; column <= 8; column++) {
            parameters.put("u" + column, text(language, "report.evaluation.unit.column" + column));
        }
        parameters.put("totalLabel", text(language, "report.evaluation.total"));
        Map<String, ?> sums = row(0, total, totalBudget(figures));
        for (int column = 2; column <= 8; column++) {
            parameters.put("t" + column, sums.get(UNIT_FIELDS.get(column)));
        }
        return parameters;
    }

    /**
     * The unit's budget as settlement shows it; for a copy issued before budgets were kept, the plan and the
     * estimate the progress figures carried.
     */
    static UnitBudget budget(EvaluationFigures figures, UnitProgress unit) {
        UnitBudget kept = figures.budgetOf(unit.unitId());
        return kept != null ? kept : new UnitBudget(unit.unitId(), unit.budgetPlanned(), unit.figures().budgetUsed(), 0,
                false);
    }

    /**
     * The units' budgets summed: settled where submitted, else estimated (and then marked as not all settled); a
     * campaign without executing units has nothing left to settle.
     */
    private static UnitBudget totalBudget(EvaluationFigures figures) {
        List<UnitBudget> all = figures.units().stream().map(unit -> budget(figures, unit)).toList();
        boolean allSubmitted = all.stream().allMatch(UnitBudget::submitted);
        long spent = all.stream().mapToLong(budget -> budget.submitted() ? budget.settled() : budget.estimated()).sum();
        return new UnitBudget(0, all.stream().mapToLong(UnitBudget::planned).sum(), spent, spent, allSubmitted);
    }

    /**
     * One unit's line: its customers against the quota, the satisfaction against its target, budgets in thousands
     * of đồng, planned / settled, or planned / estimated with a star while the unit has not submitted its settlement.
     */
    private static Map<String, ?> row(int rank, UnitProgress unit, UnitBudget budget) {
        Figures figures = unit.figures();
        Map<String, Object> row = new HashMap<>();
        row.put("rank", String.valueOf(rank));
        row.put("unitName", unit.unitName());
        row.put("quota", VnFormats.number(figures.tasks()) + " / " + VnFormats.number(unit.quota()));
        row.put("contacted", VnFormats.number(figures.contacted()));
        row.put("reached", VnFormats.number(figures.reached()));
        row.put("accepted", VnFormats.number(figures.accepted()));
        row.put("quotaRate", percent(unit.quotaRate()));
        String satisfaction = figures.satisfaction() == null ? "–" : VnFormats.decimal(figures.satisfaction(), 1);
        row.put("satisfaction", unit.satisfactionTarget() == null ? satisfaction
                : satisfaction + " / " + VnFormats.decimal(unit.satisfactionTarget(), 1));
        row.put("budget", VnFormats.number(budget.planned() / 1000) + " / " + (budget.submitted()
                ? VnFormats.number(budget.settled() / 1000) : VnFormats.number(budget.estimated() / 1000) + "*"));
        return row;
    }

    private Map<String, Object> supervision(EvaluationFigures figures, Locale language) {
        List<CampaignInspection> plan = figures.inspections();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sectionSupervision", text(language, "report.evaluation.section.supervision"));
        parameters.put("supervisionNote", text(language, "report.evaluation.supervisionNote",
                VnFormats.number(plan.size()),
                VnFormats.number(plan.stream().filter(inspection -> inspection.state() == InspectionState.SUBMITTED).count()),
                VnFormats.number(plan.stream().mapToLong(CampaignInspection::findings).sum()),
                VnFormats.number(plan.stream().mapToLong(CampaignInspection::openActions).sum()))
                + (figures.appendix() == null ? "" : " " + appendix.actionsNote(figures.appendix().stream()
                .flatMap(unit -> unit.findings().stream()).toList(), language)));
        for (int column = 0; column <= 6; column++) {
            parameters.put("s" + column, text(language, "report.evaluation.supervision.column" + column));
        }
        parameters.put("noInspections", text(language, "report.evaluation.noInspections"));
        parameters.put("hasInspections", !plan.isEmpty());
        parameters.put("supervisionRows", rows(plan.stream().map(inspection -> List.of(inspection.unitName(),
                VnFormats.date(inspection.plannedOn()), text(language, inspection.state().labelKey()),
                percent(inspection.score()),
                text(language, inspection.knockedOut() ? "report.evaluation.yes" : "report.evaluation.no"),
                VnFormats.number(inspection.findings()), VnFormats.number(inspection.openActions()))).toList()));
        return parameters;
    }

    /**
     * Contacts and acceptances per day over the campaign, for the chart under the unit table; past a month, per
     * week (from the first day), so that the axis stays readable.
     */
    private Map<String, Object> trend(List<DayContacts> days, Locale language) {
        boolean weekly = days.size() > MAX_DAILY_POINTS;
        List<DayContacts> points = weekly ? weeks(days) : days;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("hasTrend", !points.isEmpty());
        parameters.put("trendCaption", text(language, weekly ? "report.evaluation.trendCaption.weekly"
                : "report.evaluation.trendCaption"));
        parameters.put("seriesContacts", text(language, "report.evaluation.series.contacts"));
        parameters.put("seriesAccepted", text(language, "report.evaluation.series.accepted"));
        parameters.put("trendRows", new JRMapCollectionDataSource(points.stream().<Map<String, ?>>map(point -> Map.of(
                "day", DAY.format(point.day()), "contacts", point.contacts(), "accepted", point.accepted())).toList()));
        return parameters;
    }

    /** The days summed into weeks from the first one, each named by its first day. */
    static List<DayContacts> weeks(List<DayContacts> days) {
        List<DayContacts> weeks = new ArrayList<>();
        for (int start = 0; start < days.size(); start += 7) {
            List<DayContacts> week = days.subList(start, Math.min(start + 7, days.size()));
            weeks.add(new DayContacts(week.getFirst().day(), week.stream().mapToLong(DayContacts::contacts).sum(),
                    week.stream().mapToLong(DayContacts::accepted).sum()));
        }
        return weeks;
    }

    /** The hand-offs raised from the campaign's care work, per receiving unit, against its service levels. */
    private Map<String, Object> handoffs(List<ReceiverSla> receivers, Locale language) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sectionHandoffs", text(language, "report.evaluation.section.handoffs"));
        long received = receivers.stream().mapToLong(ReceiverSla::received).sum();
        long accepted = receivers.stream().mapToLong(receiver -> receiver.acceptedInTime() + receiver.acceptedLate()).sum();
        long acceptedInTime = receivers.stream().mapToLong(ReceiverSla::acceptedInTime).sum();
        parameters.put("handoffNote", text(language, "report.evaluation.handoffNote", VnFormats.number(received),
                VnFormats.number(receivers.size()), percent(Figures.percent(acceptedInTime, accepted))));
        for (int column = 0; column <= 6; column++) {
            parameters.put("k" + column, text(language, "report.evaluation.handoffs.column" + column));
        }
        parameters.put("noHandoffs", text(language, "report.evaluation.noHandoffs"));
        parameters.put("hasHandoffs", !receivers.isEmpty());
        parameters.put("handoffRows", rows(receivers.stream().map(receiver -> List.of(receiver.unitName(),
                VnFormats.number(receiver.received()),
                percent(Figures.percent(receiver.acceptedInTime(), receiver.acceptedInTime() + receiver.acceptedLate())),
                percent(Figures.percent(receiver.resolvedInTime(), receiver.resolvedInTime() + receiver.resolvedLate())),
                VnFormats.number(receiver.openOverdue()), VnFormats.number(receiver.bounced()),
                VnFormats.number(receiver.acceptedLate() + receiver.resolvedLate()))).toList()));
        return parameters;
    }

    /** The lines of an {@code evaluation-table}: seven texts each, as its columns c0 to c6. */
    private static JRMapCollectionDataSource rows(List<List<String>> lines) {
        return new JRMapCollectionDataSource(lines.stream().map(EvaluationPdf::cells).toList());
    }

    static Map<String, ?> cells(List<String> line) {
        Map<String, Object> row = new HashMap<>();
        for (int column = 0; column < line.size(); column++) {
            row.put("c" + column, line.get(column));
        }
        return row;
    }

    static String percent(@Nullable BigDecimal value) {
        return value == null ? "–" : VnFormats.decimal(value, 1);
    }

    private String text(Locale language, String key, Object... arguments) {
        return i18n.getTranslation(key, language, arguments);
    }
}
