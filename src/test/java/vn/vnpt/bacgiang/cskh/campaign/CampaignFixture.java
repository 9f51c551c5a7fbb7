package vn.vnpt.bacgiang.cskh.campaign;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Campaign drafts with names unique to each test, and the demo segment they target. */
public final class CampaignFixture {

    /** The demo segment "Khách hàng gắn bó trên 10 năm": the first segment of a fresh test database (db/demo V5_1). */
    public static final long LONG_TENURE_SEGMENT = 1;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CampaignFixture() {
    }

    public static Campaign draft(String name, @Nullable Long segmentId) {
        Campaign campaign = new Campaign();
        campaign.setName(name + " #" + SEQUENCE.incrementAndGet());
        campaign.setProgrammeType(ProgrammeType.GRATITUDE);
        campaign.setObjective("Tri ân khách hàng gắn bó, giữ chân 95 % khách hàng.");
        campaign.setPeriodStart(LocalDate.now().plusDays(20));
        campaign.setPeriodEnd(LocalDate.now().plusDays(60));
        campaign.setSegmentId(segmentId);
        return campaign;
    }

    public static long id(Campaign campaign) {
        return Objects.requireNonNull(campaign.getId());
    }
}
