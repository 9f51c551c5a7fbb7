package vn.vnpt.bacgiang.cskh.campaign;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the board shows: a programme type, an owner, campaigns whose period overlaps the given
 * dates, only what waits on the user; null or false means "any".
 */
public record CampaignFilter(@Nullable ProgrammeType type, @Nullable Long ownerId, @Nullable LocalDate from,
                             @Nullable LocalDate to, boolean waitingOnMe) {

    public static CampaignFilter none() {
        return new CampaignFilter(null, null, null, null, false);
    }

    boolean matches(Campaign campaign) {
        return (type == null || campaign.getProgrammeType() == type)
                && (ownerId == null || campaign.getOwnerId() == ownerId)
                && (from == null || campaign.getPeriodEnd() == null || !campaign.getPeriodEnd().isBefore(from))
                && (to == null || campaign.getPeriodStart() == null || !campaign.getPeriodStart().isAfter(to));
    }
}
