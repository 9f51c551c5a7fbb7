package vn.vnpt.bacgiang.cskh.campaign;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

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
        campaign.setPeriodStart(LocalDate.now().minusDays(1));
        campaign.setPeriodEnd(LocalDate.now().plusDays(60));
        campaign.setSegmentId(segmentId);
        return campaign;
    }

    /**
     * Gives the campaign what step 2's guards ask for (an orientation with goals and a channel, and an
     * approved script version), written straight to the database, so a test can walk it past step 2.
     */
    public static Campaign withStepTwoDone(JdbcTemplate jdbc, Campaign campaign) {
        long id = id(campaign);
        jdbc.update("INSERT INTO campaign_orientation (campaign_id, goals, tone, channels) VALUES (?, ?, ?, ?)", id,
                "Cảm ơn khách hàng gắn bó.", "Trân trọng", "CALL");
        jdbc.update("INSERT INTO care_script (campaign_id, title, channel) VALUES (?, ?, ?)", id, "Cuộc gọi tri ân",
                "CALL");
        jdbc.update("INSERT INTO care_script_version (script_id, number, body, state, created_by_name, created_at, "
                + "approved_by_name, approved_at) SELECT MAX(id), 1, ?, 'APPROVED', 'Lê Minh Đức', NOW(6), "
                + "'Lê Minh Đức', NOW(6) FROM care_script WHERE campaign_id = ?",
                "Em chào {ten_khach_hang}, cảm ơn Quý khách đã dùng {dich_vu}.", id);
        return campaign;
    }

    /**
     * Moves the campaign as the signed-in user: step 4's decisions (to readiness, returned or
     * cancelled from appraisal) through the Director's scored appraisal, every other move directly.
     */
    public static Campaign move(CampaignService campaigns, AppraisalService appraisals, Campaign campaign,
                                CampaignState to, @Nullable String comment) {
        CampaignTransition transition = CampaignTransition.between(campaign.getState(), to).orElse(null);
        if (transition == null || !AppraisalService.DECISIONS.contains(transition)) {
            return campaigns.move(id(campaign), campaign.getVersion(), to, comment);
        }
        appraisals.decide(id(campaign), campaign.getVersion(), transition, scores(4), comment);
        return campaigns.get(id(campaign));
    }

    public static Map<AppraisalCriterion, @Nullable Integer> scores(int score) {
        Map<AppraisalCriterion, @Nullable Integer> scores = new EnumMap<>(AppraisalCriterion.class);
        for (AppraisalCriterion criterion : AppraisalCriterion.values()) {
            scores.put(criterion, score);
        }
        return scores;
    }

    /**
     * A campaign of kehoach's written straight to the database in the given state, with an empty share
     * of the plan for each given executing unit: what the visibility of the field steps depends on.
     */
    public static long inState(JdbcTemplate jdbc, String name, CampaignState state, long... shareUnits) {
        long campaign = new SimpleJdbcInsert(jdbc).withTableName("campaign").usingGeneratedKeyColumns("id")
                .usingColumns("name", "programme_type", "objective", "period_start", "period_end", "owner_id",
                        "owner_name", "state", "step_deadline")
                .executeAndReturnKey(Map.of("name", name + " #" + SEQUENCE.incrementAndGet(), "programme_type",
                        ProgrammeType.VIP_VISIT.name(), "objective", "Thăm khách hàng", "period_start",
                        LocalDate.now().minusDays(5), "period_end", LocalDate.now().plusDays(25), "owner_id", 4,
                        "owner_name", "Lê Minh Đức", "state", state.name(), "step_deadline",
                        LocalDate.now().plusDays(5))).longValue();
        for (long unit : shareUnits) {
            jdbc.update("INSERT INTO campaign_share (campaign_id, unit_id, unit_name, members, quota) "
                    + "SELECT ?, id, name, 0, 0 FROM unit WHERE id = ?", campaign, unit);
        }
        return campaign;
    }

    public static long id(Campaign campaign) {
        return Objects.requireNonNull(campaign.getId());
    }
}
