package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.Auditable;

/** A campaign's orientation (định hướng, step 2): its goals, the tone to take and the channels to use. */
@Entity
@Table(name = "campaign_orientation")
public class CampaignOrientation implements Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long campaignId;

    @Size(max = 2000)
    private @Nullable String goals;

    @Size(max = 500)
    private @Nullable String tone;

    @Column(name = "channels")
    private String channelList = "";

    @Version
    private long version;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    protected CampaignOrientation() {
    }

    /** An empty orientation for the campaign, for the form before anything is saved. */
    public static CampaignOrientation empty(long campaignId) {
        CampaignOrientation orientation = new CampaignOrientation();
        orientation.campaignId = campaignId;
        return orientation;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Whether the orientation says what the campaign is for and how it reaches customers. */
    public boolean isComplete() {
        return goals != null && !goals.isBlank() && !getChannels().isEmpty();
    }

    void copyFrom(CampaignOrientation other) {
        goals = blankToNull(other.goals);
        tone = blankToNull(other.tone);
        channelList = other.channelList;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public @Nullable String getGoals() {
        return goals;
    }

    public void setGoals(@Nullable String goals) {
        this.goals = goals;
    }

    public @Nullable String getTone() {
        return tone;
    }

    public void setTone(@Nullable String tone) {
        this.tone = tone;
    }

    public Set<CareChannel> getChannels() {
        return CareChannel.split(channelList);
    }

    public void setChannels(@Nullable Set<CareChannel> channels) {
        this.channelList = CareChannel.join(channels == null ? EnumSet.noneOf(CareChannel.class) : channels);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String auditType() {
        return "CampaignOrientation";
    }

    @Override
    public String auditId() {
        return String.valueOf(campaignId);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("goals", goals == null ? "" : goals);
        state.put("tone", tone == null ? "" : tone);
        state.put("channels", channelList);
        return state;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CampaignOrientation orientation && id != null && id.equals(orientation.id);
    }

    @Override
    public int hashCode() {
        return CampaignOrientation.class.hashCode();
    }
}
