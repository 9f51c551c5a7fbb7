package vn.vnpt.bacgiang.cskh.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One issued copy of a campaign's evaluation report as the Reports page lists it: its number, not its bytes. */
public record IssuedCopy(long id, long campaignId, String campaignName, int issueYear, int number, int edition,
                         Instant cutOff, String issuedByName, @Nullable Instant supersededAt) {

    public boolean superseded() {
        return supersededAt != null;
    }
}
