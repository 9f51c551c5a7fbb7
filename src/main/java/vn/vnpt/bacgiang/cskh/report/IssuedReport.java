package vn.vnpt.bacgiang.cskh.report;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/**
 * A copy of a campaign's evaluation report issued when it closed (docs/decisions/0036): the PDF exactly as
 * it was sent, the figures it was filled from and their cut-off time, each with its SHA-256. A correction is
 * a later edition of the same number; the earlier one is kept, marked superseded.
 */
@Entity
public class IssuedReport extends AuditedEntity {

    private long campaignId;
    private int issueYear;
    private int number;
    private int edition;
    private String language = "vi";
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf = new byte[0];
    private String pdfSha256 = "";
    @Basic(fetch = FetchType.LAZY)
    private String figures = "";
    private String figuresSha256 = "";
    private Instant cutOff = Instant.EPOCH;
    private String issuedByName = "";
    private @Nullable String correctionReason;
    private @Nullable Instant supersededAt;

    protected IssuedReport() {
    }

    IssuedReport(long campaignId, int issueYear, int number, int edition, String language, byte[] pdf,
                 String pdfSha256, String figures, String figuresSha256, Instant cutOff, String issuedByName,
                 @Nullable String correctionReason) {
        super(cutOff);
        this.campaignId = campaignId;
        this.issueYear = issueYear;
        this.number = number;
        this.edition = edition;
        this.language = language;
        this.pdf = pdf;
        this.pdfSha256 = pdfSha256;
        this.figures = figures;
        this.figuresSha256 = figuresSha256;
        this.cutOff = cutOff;
        this.issuedByName = issuedByName;
        this.correctionReason = correctionReason;
    }

    void supersede(Instant at) {
        supersededAt = at;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public int getIssueYear() {
        return issueYear;
    }

    public int getNumber() {
        return number;
    }

    public int getEdition() {
        return edition;
    }

    byte[] getPdf() {
        return pdf;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public String getFiguresSha256() {
        return figuresSha256;
    }

    String getFigures() {
        return figures;
    }

    public Instant getCutOff() {
        return cutOff;
    }

    public String getIssuedByName() {
        return issuedByName;
    }

    public @Nullable String getCorrectionReason() {
        return correctionReason;
    }

    public @Nullable Instant getSupersededAt() {
        return supersededAt;
    }

    public boolean isSuperseded() {
        return supersededAt != null;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("campaign", campaignId);
        audited.put("number", number + "/" + issueYear);
        audited.put("edition", edition);
        audited.put("pdfSha256", pdfSha256);
        audited.put("figuresSha256", figuresSha256);
        audited.put("correctionReason", correctionReason);
        audited.put("superseded", supersededAt == null ? null : supersededAt.toString());
        return audited;
    }
}
