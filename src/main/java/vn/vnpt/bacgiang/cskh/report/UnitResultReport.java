package vn.vnpt.bacgiang.cskh.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.execution.UnitRanking;
import vn.vnpt.bacgiang.cskh.handoff.HandoffService;
import vn.vnpt.bacgiang.cskh.handoff.ReceiverSla;
import vn.vnpt.bacgiang.cskh.org.Unit;
import vn.vnpt.bacgiang.cskh.org.UnitKind;
import vn.vnpt.bacgiang.cskh.org.UnitService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspection;
import vn.vnpt.bacgiang.cskh.supervision.CampaignInspectionService;

/**
 * One executing unit's results across the campaigns of a period (báo cáo kết quả đơn vị): its share of each
 * campaign against the plan and its place among the units, step 7's inspections of it, and the SLA of the
 * hand-offs it and its stores sent. A sales manager reads their own unit; the centre every unit.
 */
@Service
@PreAuthorize(Permissions.HAS_PROGRESS_READ)
@Transactional(readOnly = true)
public class UnitResultReport {

    private static final String TEMPLATE = "unit-result";
    private static final Set<UnitKind> EXECUTING = EnumSet.of(UnitKind.DISTRICT_SALES, UnitKind.ENTERPRISE_SALES);
    private static final int COLUMNS = 10;
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final UnitService units;
    private final CampaignService campaigns;
    private final ProgressService progress;
    private final UnitRanking ranking;
    private final CampaignInspectionService inspections;
    private final HandoffService handoffs;
    private final ReportTemplates templates;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;
    private final Clock clock;

    UnitResultReport(UnitService units, CampaignService campaigns, ProgressService progress, UnitRanking ranking,
                     CampaignInspectionService inspections, HandoffService handoffs, ReportTemplates templates,
                     I18NProvider i18n, CurrentUser currentUser, Clock clock) {
        this.units = units;
        this.campaigns = campaigns;
        this.progress = progress;
        this.ranking = ranking;
        this.inspections = inspections;
        this.handoffs = handoffs;
        this.templates = templates;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The executing units (district and enterprise sales departments) the user may report on, by name. */
    public List<Unit> units() {
        return units.findInScope().stream().filter(unit -> unit.isActive() && EXECUTING.contains(unit.getKind()))
                .sorted(Comparator.comparing(Unit::getName)).toList();
    }

    /** The unit's figures over the campaigns whose period overlaps the given dates. */
    public UnitResult result(long unitId, @Nullable LocalDate from, @Nullable LocalDate to) {
        CampaignListReport.check(from, to);
        Unit unit = units.get(unitId);
        List<UnitResult.CampaignLine> lines = new ArrayList<>();
        List<UnitResult.InspectionLine> inspected = new ArrayList<>();
        for (Campaign campaign : campaigns.board(new CampaignFilter(null, null, from, to, false, unitId))) {
            if (!CampaignListReport.EXECUTED.contains(campaign.getState())) {
                continue;
            }
            long id = Objects.requireNonNull(campaign.getId());
            progress.units(id).stream().filter(share -> share.unitId() == unitId).findFirst().ifPresent(share ->
                    lines.add(new UnitResult.CampaignLine(campaign, share, ranking.rank(id, unitId))));
            inspections.ofUnit(id, unitId).forEach(inspection ->
                    inspected.add(new UnitResult.InspectionLine(campaign.getName(), inspection)));
        }
        lines.sort(Comparator.comparing((UnitResult.CampaignLine line) -> line.campaign().getPeriodStart(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(line -> line.campaign().getName()));
        return new UnitResult(unit.getName(), Objects.requireNonNull(from), Objects.requireNonNull(to), lines,
                inspected, handoffs.slaOfRequests(unit.getPath(), from, to));
    }

    public byte[] renderPdf(long unitId, @Nullable LocalDate from, @Nullable LocalDate to, Locale locale) {
        UnitResult result = result(unitId, from, to);
        Locale language = PortalI18NProvider.supported(locale);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("organisation", i18n.getTranslation("app.organisation.short", language));
        parameters.put("title", text("report.unitResult.title", language));
        parameters.put("unit", result.unitName());
        parameters.put("period", text("report.unitResult.period", language, VnFormats.date(result.from()),
                VnFormats.date(result.to())));
        parameters.put("printedAt", text("report.roster.printedAt", language, VnFormats.dateTime(clock.instant())));
        parameters.put("printedBy", text("report.roster.printedBy", language, currentUser.require().displayName()));
        parameters.put("legend", text("report.unitResult.legend", language));
        parameters.put("page", text("report.roster.page", language));
        parameters.put(JRParameter.REPORT_LOCALE, language);
        List<Map<String, ?>> rows = new ArrayList<>();
        section(rows, "campaigns", 10, result.campaigns(), line -> campaignCells(line, language), language);
        section(rows, "inspections", 8, result.inspections(), line -> inspectionCells(line, language), language);
        section(rows, "handoffs", 9, result.handoffs(), UnitResultReport::handoffCells, language);
        return templates.renderPdf(TEMPLATE, parameters, new JRMapCollectionDataSource(rows));
    }

    /** "Báo cáo kết quả Phòng bán hàng khu vực Việt Yên 01-11-2026 đến 30-11-2026.pdf". */
    public String fileName(long unitId, LocalDate from, LocalDate to, Locale locale) {
        return text("report.unitResult.fileName", PortalI18NProvider.supported(locale), units.get(unitId).getName(),
                FILE_DATE.format(from), FILE_DATE.format(to));
    }

    /** One group of the template: its rows carry its title and headings; an empty section says so in one row. */
    private <T> void section(List<Map<String, ?>> rows, String name, int headings, List<T> lines,
                             Function<T, List<String>> cells, Locale language) {
        String prefix = "report.unitResult." + name;
        List<List<String>> values = lines.stream().map(cells).toList();
        if (values.isEmpty()) {
            values = List.of(List.of(text(prefix + ".none", language)));
        }
        for (List<String> line : values) {
            Map<String, Object> row = new HashMap<>();
            row.put("section", name);
            row.put("title", text(prefix + ".title", language));
            for (int column = 0; column < COLUMNS; column++) {
                row.put("h" + column, column < headings ? text(prefix + ".column" + column, language) : "");
                row.put("c" + column, column < line.size() ? line.get(column) : "");
            }
            rows.add(row);
        }
    }

    private List<String> campaignCells(UnitResult.CampaignLine line, Locale language) {
        UnitProgress share = line.share();
        UnitRanking.Rank rank = line.rank();
        BigDecimal satisfaction = share.figures().satisfaction();
        return List.of(line.campaign().getName(), text(line.campaign().getState().labelKey(), language),
                VnFormats.number(share.quota()), VnFormats.number(share.figures().contacted()),
                VnFormats.number(share.figures().reached()), CampaignListReport.percent(share.quotaRate()),
                VnFormats.number(share.figures().accepted()), CampaignListReport.percent(share.figures().successRate()),
                (satisfaction == null ? "–" : VnFormats.decimal(satisfaction, 2)) + " / "
                        + (share.satisfactionTarget() == null ? "–" : VnFormats.decimal(share.satisfactionTarget(), 1)),
                rank == null ? "–" : rank.place() + " / " + rank.of());
    }

    private List<String> inspectionCells(UnitResult.InspectionLine line, Locale language) {
        CampaignInspection inspection = line.inspection();
        return List.of(line.campaignName(), VnFormats.date(inspection.plannedOn()),
                text(inspection.state().labelKey(), language),
                inspection.score() == null ? "–" : VnFormats.decimal(inspection.score(), 1),
                text(inspection.knockedOut() ? "report.evaluation.yes" : "report.evaluation.no", language),
                VnFormats.number(inspection.findings()), VnFormats.number(inspection.openActions()),
                VnFormats.number(inspection.overdueActions()));
    }

    private static List<String> handoffCells(ReceiverSla sla) {
        long accepted = sla.acceptedInTime() + sla.acceptedLate();
        return List.of(sla.unitName(), VnFormats.number(sla.received()), VnFormats.number(sla.acceptedInTime()),
                VnFormats.number(sla.acceptedLate()), VnFormats.number(sla.resolvedInTime()),
                VnFormats.number(sla.resolvedLate()), VnFormats.number(sla.openOverdue()),
                VnFormats.number(sla.bounced()),
                accepted == 0 ? "–" : VnFormats.decimal(BigDecimal.valueOf(sla.acceptedInTime() * 100.0 / accepted), 1));
    }

    private String text(String key, Locale language, Object... arguments) {
        return i18n.getTranslation(key, language, arguments);
    }
}
