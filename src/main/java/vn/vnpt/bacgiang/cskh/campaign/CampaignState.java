package vn.vnpt.bacgiang.cskh.campaign;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where a campaign is in its life cycle: one of the eight steps, or returned, closed or cancelled. */
public enum CampaignState {
    SEGMENTING(1),
    ORIENTATION(2),
    PLANNING(3),
    APPRAISAL(4),
    READINESS(5),
    EXECUTION(6),
    SUPERVISION(7),
    EVALUATION(8),
    CLOSED(null),
    RETURNED(null),
    CANCELLED(null);

    private final @Nullable Integer step;

    CampaignState(@Nullable Integer step) {
        this.step = step;
    }

    /** The step number 1–8, or null outside the eight steps. */
    public @Nullable Integer step() {
        return step;
    }

    /** Whether work still goes on: not closed and not cancelled. */
    public boolean isOpen() {
        return this != CLOSED && this != CANCELLED;
    }

    /** Whether the planner may still change the campaign's details: before appraisal, or once returned. */
    public boolean isEditable() {
        return this == SEGMENTING || this == ORIENTATION || this == PLANNING || this == RETURNED;
    }

    public static List<CampaignState> steps() {
        return Arrays.stream(values()).filter(state -> state.step != null).toList();
    }

    public String labelKey() {
        return "campaign.state." + name();
    }
}
