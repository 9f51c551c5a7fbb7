package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a campaign's history: it moved from one state to another, by whom, when and why. */
@Entity
@Table(name = "campaign_transition")
public class StateChange {

    /** The longest reason given with a move (its column's width). */
    public static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long campaignId;

    @Enumerated(EnumType.STRING)
    private @Nullable CampaignState fromState;

    @Enumerated(EnumType.STRING)
    private CampaignState toState = CampaignState.SEGMENTING;

    private long actorId;
    private String actorName = "";
    private Instant at = Instant.EPOCH;
    private @Nullable String comment;

    protected StateChange() {
    }

    StateChange(long campaignId, @Nullable CampaignState fromState, CampaignState toState, long actorId,
                String actorName, Instant at, @Nullable String comment) {
        this.campaignId = campaignId;
        this.fromState = fromState;
        this.toState = toState;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
        this.comment = comment;
    }

    public long getCampaignId() {
        return campaignId;
    }

    /** Null for the campaign's creation. */
    public @Nullable CampaignState getFromState() {
        return fromState;
    }

    public CampaignState getToState() {
        return toState;
    }

    public long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }

    public @Nullable String getComment() {
        return comment;
    }
}
