package vn.vnpt.bacgiang.cskh.report;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CampaignMoved;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;

/**
 * Issues a campaign's evaluation report when it closes, inside the closing transaction (a report that cannot be
 * issued leaves the campaign open): the figures read now, the PDF filled from them in Vietnamese, both stored
 * with their SHA-256 and the next number of the year; a correction is the next edition of the same number.
 */
@Component
class ReportIssuing {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final EvaluationFiguresReader reader;
    private final EvaluationPdf pdf;
    private final IssuedReportRepository issued;
    private final AuditTrail audit;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportIssuing(EvaluationFiguresReader reader, EvaluationPdf pdf, IssuedReportRepository issued, AuditTrail audit,
                  I18NProvider i18n, CurrentUser currentUser, Clock clock) {
        this.reader = reader;
        this.pdf = pdf;
        this.issued = issued;
        this.audit = audit;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    void on(CampaignMoved moved) {
        if (moved.to() == CampaignState.CLOSED) {
            issue(moved.campaignId(), null);
        }
    }

    /** The first copy of the campaign's report, or with a correction's reason the next edition of it. */
    IssuedReport issue(long campaignId, @Nullable String correctionReason) {
        EvaluationFigures figures = reader.read(campaignId);
        String json = JSON.writeValueAsString(figures);
        String figuresSha256 = sha256(json.getBytes(StandardCharsets.UTF_8));
        List<IssuedReport> earlier = issued.findByCampaignIdOrderByEditionDesc(campaignId);
        int year = earlier.isEmpty() ? LocalDate.ofInstant(figures.cutOff(), VnFormats.ZONE).getYear()
                : earlier.getFirst().getIssueYear();
        int number = earlier.isEmpty() ? issued.lastNumber(year) + 1 : earlier.getFirst().getNumber();
        int edition = earlier.isEmpty() ? 1 : earlier.getFirst().getEdition() + 1;
        String footer = i18n.getTranslation("report.evaluation.issuedFooter", PortalI18NProvider.VIETNAMESE,
                String.valueOf(number), String.valueOf(edition), VnFormats.dateTime(figures.cutOff()), figuresSha256);
        byte[] bytes = pdf.render(figures, PortalI18NProvider.VIETNAMESE,
                new EvaluationPdf.Marking(false, String.valueOf(number), footer));
        for (IssuedReport old : earlier) {
            if (!old.isSuperseded()) {
                Map<String, Object> before = old.auditState();
                old.supersede(clock.instant());
                audit.stateChanged(old, before, "Thay thế bản phát hành lần " + old.getEdition());
            }
        }
        IssuedReport copy = issued.saveAndFlush(new IssuedReport(campaignId, year, number, edition,
                PortalI18NProvider.VIETNAMESE.getLanguage(), bytes, sha256(bytes), json, figuresSha256,
                figures.cutOff(), currentUser.require().displayName(), correctionReason));
        audit.created(copy, "Phát hành báo cáo đánh giá số " + number + "/BC-TTKD, lần " + edition);
        return copy;
    }

    /**
     * The copy in another language, filled from the figures stored with it (so it says what the copy says, not what
     * today's figures say) and marked as a translation of that number and edition.
     */
    byte[] translate(IssuedReport copy, Locale language) {
        EvaluationFigures figures = JSON.readValue(copy.getFigures(), EvaluationFigures.class);
        String footer = i18n.getTranslation("report.evaluation.translationFooter", language,
                String.valueOf(copy.getNumber()), String.valueOf(copy.getEdition()),
                VnFormats.dateTime(copy.getCutOff()), copy.getFiguresSha256());
        return pdf.render(figures, language, new EvaluationPdf.Marking(false, String.valueOf(copy.getNumber()), footer));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
