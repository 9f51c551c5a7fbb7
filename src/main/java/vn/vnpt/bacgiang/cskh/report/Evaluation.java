package vn.vnpt.bacgiang.cskh.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/**
 * The planner's part of a campaign's evaluation report: the conclusions and the proposals, written during
 * step 8 and submitted to the Director, who then closes the campaign (docs/decisions/0036).
 */
@Entity
public class Evaluation extends AuditedEntity {

    public static final int MAX_TEXT = 4000;

    private long campaignId;
    @Size(max = MAX_TEXT)
    private @Nullable String conclusions;
    @Size(max = MAX_TEXT)
    private @Nullable String proposals;
    @Enumerated(EnumType.STRING)
    private EvaluationState state = EvaluationState.DRAFT;
    private @Nullable String submittedByName;
    private @Nullable Instant submittedAt;

    protected Evaluation() {
    }

    Evaluation(long campaignId) {
        this.campaignId = campaignId;
    }

    void write(@Nullable String conclusions, @Nullable String proposals) {
        this.conclusions = conclusions;
        this.proposals = proposals;
    }

    void submit(String by, Instant at) {
        state = EvaluationState.SUBMITTED;
        submittedByName = by;
        submittedAt = at;
    }

    void withdraw() {
        state = EvaluationState.DRAFT;
        submittedByName = null;
        submittedAt = null;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public @Nullable String getConclusions() {
        return conclusions;
    }

    public @Nullable String getProposals() {
        return proposals;
    }

    /** For the planner's form: the service saves only what it was given ({@link EvaluationService#save}). */
    public void setConclusions(@Nullable String conclusions) {
        this.conclusions = conclusions;
    }

    public void setProposals(@Nullable String proposals) {
        this.proposals = proposals;
    }

    public EvaluationState getState() {
        return state;
    }

    public @Nullable String getSubmittedByName() {
        return submittedByName;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("campaign", campaignId);
        audited.put("state", state.name());
        audited.put("conclusions", conclusions);
        audited.put("proposals", proposals);
        return audited;
    }
}
