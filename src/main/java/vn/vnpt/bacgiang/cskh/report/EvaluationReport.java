package vn.vnpt.bacgiang.cskh.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Step 8's evaluation report of a campaign as a draft PDF (docs/decisions/0036), filled from today's figures
 * ({@link EvaluationFiguresReader}) and marked as a draft, with who printed it when. Read by those who see
 * every unit (the Director, ĐHNV's planners and supervisors), so the figures are the whole campaign's.
 */
@Service
@PreAuthorize(Permissions.HAS_EVALUATION_READ)
@Transactional(readOnly = true)
public class EvaluationReport {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final EvaluationFiguresReader figures;
    private final EvaluationPdf pdf;
    private final CampaignService campaigns;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;
    private final Clock clock;

    EvaluationReport(EvaluationFiguresReader figures, EvaluationPdf pdf, CampaignService campaigns,
                     I18NProvider i18n, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.figures = figures;
        this.pdf = pdf;
        this.campaigns = campaigns;
        this.i18n = i18n;
        this.currentUser = currentUser;
    }

    /** The draft of the campaign's report, filled from today's figures and marked as a draft. */
    @Transactional
    public byte[] draft(long campaignId, Locale locale) {
        return draft(campaignId, locale, stage -> { });
    }

    /** {@link #draft(long, Locale)}, telling {@code progress} as each stage starts. */
    @Transactional
    public byte[] draft(long campaignId, Locale locale, Consumer<ReportStage> progress) {
        Locale language = PortalI18NProvider.supported(locale);
        progress.accept(ReportStage.FIGURES);
        EvaluationFigures now = figures.read(campaignId);
        progress.accept(ReportStage.LAYOUT);
        return pdf.render(now, language, new EvaluationPdf.Marking(true, null, i18n.getTranslation(
                "report.evaluation.footer", language, VnFormats.dateTime(now.cutOff()),
                currentUser.require().displayName())));
    }

    /** "Báo cáo đánh giá Tri ân khách hàng (dự thảo 05-12-2026).pdf". */
    public String fileName(long campaignId, Locale locale) {
        return i18n.getTranslation("report.evaluation.fileName", PortalI18NProvider.supported(locale),
                campaigns.get(campaignId).getName(), FILE_DATE.format(clock.instant().atZone(VnFormats.ZONE)));
    }
}
