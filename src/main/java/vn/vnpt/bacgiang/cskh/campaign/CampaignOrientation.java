package vn.vnpt.bacgiang.cskh.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.audit.Auditable;
import vn.vnpt.bacgiang.cskh.base.VersionedEntity;

/**
 * A campaign's orientation (định hướng, step 2): its goals, the tone to take, the channels to use and
 * the touches a care task needs before it is complete.
 */
@Entity
@Table(name = "campaign_orientation")
public class CampaignOrientation extends VersionedEntity implements Auditable {

    /** The longest goals and tone, for the entity's rule and the form's field alike. */
    public static final int GOALS_MAX = 2000;
    public static final int TONE_MAX = 500;

    private long campaignId;

    @Size(max = GOALS_MAX)
    private @Nullable String goals;

    @Size(max = TONE_MAX)
    private @Nullable String tone;

    @Column(name = "channels")
    private String channelList = "";

    @Enumerated(EnumType.STRING)
    private CareTouches touches = CareTouches.CALL_ONLY;

    protected CampaignOrientation() {
    }

    /** An empty orientation for the campaign, for the form before anything is saved. */
    public static CampaignOrientation empty(long campaignId) {
        CampaignOrientation orientation = new CampaignOrientation();
        orientation.campaignId = campaignId;
        return orientation;
    }

    /** Whether the orientation says what the campaign is for and how it reaches customers. */
    public boolean isComplete() {
        return goals != null && !goals.isBlank() && !getChannels().isEmpty();
    }

    void copyFrom(CampaignOrientation other) {
        goals = blankToNull(other.goals);
        tone = blankToNull(other.tone);
        channelList = other.channelList;
        touches = other.touches;
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

    public CareTouches getTouches() {
        return touches;
    }

    public void setTouches(@Nullable CareTouches touches) {
        this.touches = touches == null ? CareTouches.CALL_ONLY : touches;
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
        state.put("touches", touches.name());
        return state;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
