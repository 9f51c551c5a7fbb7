package vn.vnpt.bacgiang.cskh.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * The copies of a campaign's evaluation report issued at its close (docs/decisions/0036): listed newest edition
 * first, each downloaded byte for byte as stored; the Director corrects a closed campaign's report with a reason,
 * which issues the next edition from today's figures and keeps the earlier one, superseded.
 */
@Service
@PreAuthorize(Permissions.HAS_EVALUATION_READ)
@Transactional(readOnly = true)
public class IssuedReports {

    public static final int MAX_REASON = 1000;
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final IssuedReportRepository issued;
    private final ReportIssuing issuing;
    private final CampaignService campaigns;
    private final I18NProvider i18n;

    IssuedReports(IssuedReportRepository issued, ReportIssuing issuing, CampaignService campaigns, I18NProvider i18n) {
        this.issued = issued;
        this.issuing = issuing;
        this.campaigns = campaigns;
        this.i18n = i18n;
    }

    /** The campaign's issued copies, the current one first. */
    public List<IssuedReport> of(long campaignId) {
        campaigns.get(campaignId);
        return issued.findByCampaignIdOrderByEditionDesc(campaignId);
    }

    /** Every issued copy of every campaign (those who read reports see every unit), the latest number first. */
    public List<IssuedCopy> copies() {
        return issued.copies();
    }

    /** The stored PDF of the copy, as it was issued. */
    public byte[] pdf(long issuedId) {
        return copy(issuedId).getPdf();
    }

    /** The copy in English, from the figures stored with it, marked as a translation (the issued copy is Vietnamese). */
    public byte[] english(long issuedId) {
        return issuing.translate(copy(issuedId), PortalI18NProvider.ENGLISH);
    }

    /** "Evaluation report no. 12-BC-TTKD edition 1 Tri ân khách hàng (05-12-2026, English translation).pdf". */
    public String englishFileName(long issuedId) {
        IssuedReport copy = copy(issuedId);
        return i18n.getTranslation("report.evaluation.translationFileName", PortalI18NProvider.ENGLISH,
                String.valueOf(copy.getNumber()), String.valueOf(copy.getEdition()),
                campaigns.get(copy.getCampaignId()).getName(), FILE_DATE.format(copy.getCutOff().atZone(VnFormats.ZONE)));
    }

    /** "Báo cáo đánh giá số 12-BC-TTKD lần 1 Tri ân khách hàng (05-12-2026).pdf": the campaign and the cut-off day. */
    public String fileName(long issuedId, Locale locale) {
        IssuedReport copy = copy(issuedId);
        return i18n.getTranslation("report.evaluation.issuedFileName", PortalI18NProvider.supported(locale),
                String.valueOf(copy.getNumber()), String.valueOf(copy.getEdition()),
                campaigns.get(copy.getCampaignId()).getName(), FILE_DATE.format(copy.getCutOff().atZone(VnFormats.ZONE)));
    }

    /** Issues the next edition of a closed campaign's report from today's figures, for the given reason. */
    @PreAuthorize(Permissions.HAS_CAMPAIGN_CLOSE)
    @Transactional
    public IssuedReport correct(long campaignId, @Nullable String reason) {
        if (campaigns.get(campaignId).getState() != CampaignState.CLOSED) {
            throw new RuleViolation("report.evaluation.correct.notClosed", null);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("report.evaluation.correct.reasonRequired", "reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new RuleViolation("report.evaluation.correct.reasonTooLong", "reason", MAX_REASON);
        }
        return issuing.issue(campaignId, reason.strip());
    }

    private IssuedReport copy(long issuedId) {
        IssuedReport copy = issued.findById(issuedId)
                .orElseThrow(() -> new RecordNotFound("report.evaluation.issued.notFound", issuedId));
        campaigns.get(copy.getCampaignId());
        return copy;
    }
}
