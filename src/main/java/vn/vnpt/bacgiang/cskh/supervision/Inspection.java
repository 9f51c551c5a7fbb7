package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/**
 * An inspection of one unit: for a campaign, or for a TTVT over a period. It is filled against the
 * template revision it was planned with, whatever revisions come later.
 */
@Entity
@Table(name = "inspection")
public class Inspection extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ChecklistTemplate template;
    private @Nullable Long campaignId;
    private @Nullable String campaignName;
    private long unitId;
    private String unitName = "";
    private String unitPath = "";
    private @Nullable LocalDate periodStart;
    private @Nullable LocalDate periodEnd;
    private long supervisorId;
    private String supervisorName = "";
    private LocalDate plannedOn = LocalDate.EPOCH;
    @Enumerated(EnumType.STRING)
    private InspectionState state = InspectionState.PLANNED;
    private @Nullable Instant submittedAt;
    private @Nullable BigDecimal score;
    private boolean knockedOut;

    protected Inspection() {
        template = null;
    }

    Inspection(ChecklistTemplate template, long unitId, String unitName, String unitPath, long supervisorId,
               String supervisorName, LocalDate plannedOn) {
        this.template = template;
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitPath = unitPath;
        this.supervisorId = supervisorId;
        this.supervisorName = supervisorName;
        this.plannedOn = plannedOn;
    }

    void forCampaign(long campaignId, String campaignName) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
    }

    void forPeriod(LocalDate start, LocalDate end) {
        this.periodStart = start;
        this.periodEnd = end;
    }

    void answered() {
        if (state == InspectionState.PLANNED) {
            state = InspectionState.DRAFT;
        }
    }

    void submit(Scorecard scorecard, Instant at) {
        state = InspectionState.SUBMITTED;
        submittedAt = at;
        Double overall = scorecard.overall();
        score = overall == null ? null : BigDecimal.valueOf(overall).setScale(1, RoundingMode.HALF_UP);
        knockedOut = scorecard.knockedOut();
    }

    public ChecklistTemplate getTemplate() {
        return template;
    }

    public @Nullable Long getCampaignId() {
        return campaignId;
    }

    public @Nullable String getCampaignName() {
        return campaignName;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public @Nullable LocalDate getPeriodStart() {
        return periodStart;
    }

    public @Nullable LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public long getSupervisorId() {
        return supervisorId;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public InspectionState getState() {
        return state;
    }

    public boolean isSubmitted() {
        return state == InspectionState.SUBMITTED;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable BigDecimal getScore() {
        return score;
    }

    public boolean isKnockedOut() {
        return knockedOut;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("template", template.getCode() + " v" + template.getRevision());
        state.put("campaign", campaignName);
        state.put("unit", unitName);
        state.put("supervisor", supervisorName);
        state.put("plannedOn", plannedOn.toString());
        state.put("state", this.state.name());
        state.put("score", score == null ? null : score.toPlainString());
        state.put("knockedOut", knockedOut);
        return state;
    }
}
