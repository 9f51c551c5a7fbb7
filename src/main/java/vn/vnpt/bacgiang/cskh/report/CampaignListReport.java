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
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.Campaign;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFilter;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.execution.Figures;
import vn.vnpt.bacgiang.cskh.execution.ProgressService;
import vn.vnpt.bacgiang.cskh.execution.UnitProgress;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Every campaign in the user's scope whose period overlaps the given dates, with its step, period and results,
 * on landscape A4. The results are the progress view's figures: the whole campaign for those who see every unit,
 * the own unit's share for a sales manager; campaigns not yet executed have none.
 */
@Service
@PreAuthorize(Permissions.HAS_PROGRESS_READ)
@Transactional(readOnly = true)
public class CampaignListReport {

    /** A year: a longer list is better cut into years than printed as one. */
    public static final int MAX_DAYS = 366;
    private static final String TEMPLATE = "campaign-list";
    /** The states in which a campaign has care tasks and so results. */
    static final Set<CampaignState> EXECUTED = EnumSet.of(CampaignState.EXECUTION,
            CampaignState.SUPERVISION, CampaignState.EVALUATION, CampaignState.CLOSED);
    private static final List<String> HEADINGS = List.of("number", "campaign", "step", "period", "quota",
            "contacted", "reached", "quotaRate", "accepted", "successRate", "satisfaction");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final CampaignService campaigns;
    private final ProgressService progress;
    private final ReportTemplates templates;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;
    private final Clock clock;

    CampaignListReport(CampaignService campaigns, ProgressService progress, ReportTemplates templates,
                       I18NProvider i18n, CurrentUser currentUser, Clock clock) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.templates = templates;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The campaigns of the period, earliest start first, each with its figures in the user's scope. */
    public List<CampaignResult> campaigns(@Nullable LocalDate from, @Nullable LocalDate to) {
        check(from, to);
        return campaigns.board(new CampaignFilter(null, null, from, to, false)).stream()
                .filter(campaign -> campaign.getState() != CampaignState.CANCELLED)
                .sorted(Comparator.comparing(Campaign::getPeriodStart, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Campaign::getName))
                .map(campaign -> new CampaignResult(campaign, EXECUTED.contains(campaign.getState())
                        ? progress.total(Objects.requireNonNull(campaign.getId())) : null))
                .toList();
    }

    public byte[] renderPdf(@Nullable LocalDate from, @Nullable LocalDate to, Locale locale) {
        List<CampaignResult> results = campaigns(from, to);
        Locale language = PortalI18NProvider.supported(locale);
        PortalUser user = currentUser.require();
        Map<String, Object> parameters = new HashMap<>();
        HEADINGS.forEach(name -> parameters.put("h_" + name,
                i18n.getTranslation("report.campaignList.column." + name, language)));
        parameters.put("organisation", i18n.getTranslation("app.organisation.short", language));
        parameters.put("title", i18n.getTranslation("report.campaignList.title", language));
        parameters.put("period", i18n.getTranslation("report.campaignList.period", language,
                VnFormats.date(Objects.requireNonNull(from)), VnFormats.date(Objects.requireNonNull(to)))
                + " · " + (user.seesAll() ? i18n.getTranslation("report.campaignList.scopeAll", language)
                : i18n.getTranslation("report.campaignList.scopeUnit", language, user.unitName())));
        parameters.put("printedAt", i18n.getTranslation("report.roster.printedAt", language,
                VnFormats.dateTime(clock.instant())));
        parameters.put("printedBy", i18n.getTranslation("report.roster.printedBy", language, user.displayName()));
        parameters.put("count", i18n.getTranslation("report.campaignList.count", language, results.size()));
        parameters.put("legend", i18n.getTranslation("report.campaignList.legend", language));
        parameters.put("page", i18n.getTranslation("report.roster.page", language));
        parameters.put(JRParameter.REPORT_LOCALE, language);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (CampaignResult result : results) {
            rows.add(row(rows.size() + 1, result, language));
        }
        return templates.renderPdf(TEMPLATE, parameters, new JRMapCollectionDataSource(rows));
    }

    /** "Danh sách chương trình CSKH 01-11-2026 đến 30-11-2026.pdf". */
    public String fileName(LocalDate from, LocalDate to, Locale locale) {
        return i18n.getTranslation("report.campaignList.fileName", PortalI18NProvider.supported(locale),
                FILE_DATE.format(from), FILE_DATE.format(to));
    }

    /** What is wrong with the period, if anything: both days given, in order, at most {@link #MAX_DAYS} apart. */
    public static @Nullable RuleViolation periodProblem(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null || to == null) {
            return new RuleViolation("report.campaignList.periodRequired", "from");
        }
        if (to.isBefore(from)) {
            return new RuleViolation("report.campaignList.periodReversed", "to");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            return new RuleViolation("report.campaignList.periodTooLong", "to", MAX_DAYS);
        }
        return null;
    }

    static void check(@Nullable LocalDate from, @Nullable LocalDate to) {
        RuleViolation problem = periodProblem(from, to);
        if (problem != null) {
            throw problem;
        }
    }

    private Map<String, Object> row(int number, CampaignResult result, Locale language) {
        Campaign campaign = result.campaign();
        Map<String, Object> fields = new HashMap<>();
        fields.put("number", String.valueOf(number));
        fields.put("campaign", campaign.getName());
        fields.put("step", i18n.getTranslation(campaign.getState().labelKey(), language));
        fields.put("period", campaign.getPeriodStart() == null || campaign.getPeriodEnd() == null ? "–"
                : VnFormats.date(campaign.getPeriodStart()) + " – " + VnFormats.date(campaign.getPeriodEnd()));
        UnitProgress total = result.total();
        Figures figures = total == null ? null : total.figures();
        fields.put("quota", total == null ? "–" : VnFormats.number(total.quota()));
        fields.put("contacted", figures == null ? "–" : VnFormats.number(figures.contacted()));
        fields.put("reached", figures == null ? "–" : VnFormats.number(figures.reached()));
        fields.put("quotaRate", total == null ? "–" : percent(total.quotaRate()));
        fields.put("accepted", figures == null ? "–" : VnFormats.number(figures.accepted()));
        fields.put("successRate", figures == null ? "–" : percent(figures.successRate()));
        fields.put("satisfaction", figures == null || figures.satisfaction() == null ? "–"
                : VnFormats.decimal(figures.satisfaction(), 2));
        return fields;
    }

    static String percent(@Nullable BigDecimal rate) {
        return rate == null ? "–" : VnFormats.decimal(rate, 1);
    }

    /** A campaign and, once it is executed, its figures in the user's scope. */
    public record CampaignResult(Campaign campaign, @Nullable UnitProgress total) {
    }
}
