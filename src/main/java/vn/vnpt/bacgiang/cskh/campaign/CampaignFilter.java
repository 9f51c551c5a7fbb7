package vn.vnpt.bacgiang.cskh.campaign;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the board shows: a programme type, an owner, campaigns whose period overlaps the given
 * dates, only what waits on the user, campaigns a unit takes part in (the unit of their owner or
 * an executing unit with a share of the plan); null or false means "any".
 */
public record CampaignFilter(@Nullable ProgrammeType type, @Nullable Long ownerId, @Nullable LocalDate from,
                             @Nullable LocalDate to, boolean waitingOnMe, @Nullable Long unitId) {

    public CampaignFilter(@Nullable ProgrammeType type, @Nullable Long ownerId, @Nullable LocalDate from,
                          @Nullable LocalDate to, boolean waitingOnMe) {
        this(type, ownerId, from, to, waitingOnMe, null);
    }

    public static CampaignFilter none() {
        return new CampaignFilter(null, null, null, null, false, null);
    }

    boolean matches(Campaign campaign) {
        return (type == null || campaign.getProgrammeType() == type)
                && (ownerId == null || campaign.getOwnerId() == ownerId)
                && (from == null || campaign.getPeriodEnd() == null || !campaign.getPeriodEnd().isBefore(from))
                && (to == null || campaign.getPeriodStart() == null || !campaign.getPeriodStart().isAfter(to));
    }
}
