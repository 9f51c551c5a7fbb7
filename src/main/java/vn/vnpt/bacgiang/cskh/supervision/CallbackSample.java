package vn.vnpt.bacgiang.cskh.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.AuditedEntity;

/**
 * The callback sample of an inspection (one at most): how it was asked for, the seed it was drawn with
 * and how many contacts it was drawn from, so the same draw can be repeated on the same contacts.
 */
@Entity
@Table(name = "callback_sample")
public class CallbackSample extends AuditedEntity {

    private long inspectionId;
    private long campaignId;
    private long unitId;
    private long seed;
    private @Nullable Integer sizeAsked;
    private @Nullable Integer percentAsked;
    private boolean weighted;
    private int population;
    private String drawnBy = "";
    private Instant drawnAt = Instant.EPOCH;

    protected CallbackSample() {
    }

    CallbackSample(Inspection inspection, long campaignId, long seed, SampleRequest request, int population,
                   String drawnBy, Instant drawnAt) {
        this.inspectionId = java.util.Objects.requireNonNull(inspection.getId());
        this.campaignId = campaignId;
        this.unitId = inspection.getUnitId();
        this.seed = seed;
        this.sizeAsked = request.size();
        this.percentAsked = request.percent();
        this.weighted = request.weighted();
        this.population = population;
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    public long getInspectionId() {
        return inspectionId;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getSeed() {
        return seed;
    }

    public @Nullable Integer getSizeAsked() {
        return sizeAsked;
    }

    public @Nullable Integer getPercentAsked() {
        return percentAsked;
    }

    public boolean isWeighted() {
        return weighted;
    }

    public int getPopulation() {
        return population;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("inspection", inspectionId);
        state.put("seed", seed);
        state.put("size", sizeAsked);
        state.put("percent", percentAsked);
        state.put("weighted", weighted);
        state.put("population", population);
        return state;
    }
}
