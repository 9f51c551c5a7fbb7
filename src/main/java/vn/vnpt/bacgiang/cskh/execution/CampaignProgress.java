package vn.vnpt.bacgiang.cskh.execution;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's progress per executing unit in the user's scope and their total, read together; {@code asOf} is
 * when the kept figures were taken, none when they were counted for this reading.
 */
public record CampaignProgress(List<UnitProgress> units, UnitProgress total, @Nullable Instant asOf) {

    public CampaignProgress {
        units = List.copyOf(units);
    }
}
