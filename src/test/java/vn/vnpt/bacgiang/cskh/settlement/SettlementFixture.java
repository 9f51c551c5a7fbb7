package vn.vnpt.bacgiang.cskh.settlement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import vn.vnpt.bacgiang.cskh.campaign.CampaignFixture;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;

/**
 * A campaign of its own in evaluation for settlement tests: shares for Việt Yên (quota 3) and Hiệp Hòa
 * (quota 4), a centre gift line (10 × 200 000 ₫), a centre SMS line (100 × 500 ₫), a travel line for each
 * unit, and step 6's record: Việt Yên handed over 3 gifts and sent 5 SMS, Hiệp Hòa 2 gifts and 7 SMS.
 * (Not Lạng Giang: a sessions test moves its unit, and its customers' scope copies with it.)
 */
public final class SettlementFixture {

    public static final long VIET_YEN = ExecutionFixture.VIET_YEN;
    public static final long HIEP_HOA = 16;
    public static final String VIET_YEN_MANAGER = "vietyen.truongphong";
    public static final String HIEP_HOA_MANAGER = "hiephoa.truongphong";
    /** hiephoa.cskh1. */
    private static final long HIEP_HOA_CSKH1 = 31;

    /** The ids of what the fixture made. */
    public record Made(long campaign, long centreGift, long centreSms, long vietYenTravel, long hiepHoaTravel) {
    }

    private SettlementFixture() {
    }

    /**
     * Any campaign's settlement made complete as its people would have: every unit holding a share submitted
     * (each own line settled at its planned amount) and every centre line settled by the planner.
     */
    public static void settledInFull(JdbcTemplate jdbc, long campaignId) {
        jdbc.update("INSERT INTO settlement_line (campaign_id, budget_line_id, unit_id, amount, voucher, settled_by) "
                + "SELECT campaign_id, id, unit_id, amount, 'PC-01', 'Lê Minh Đức' FROM budget_line "
                + "WHERE campaign_id = ?", campaignId);
        jdbc.update("INSERT INTO settlement_unit (campaign_id, unit_id, unit_name, state, submitted_at, submitted_by) "
                + "SELECT campaign_id, unit_id, unit_name, 'SUBMITTED', NOW(6), 'Trưởng phòng' FROM campaign_share "
                + "WHERE campaign_id = ?", campaignId);
    }

    public static Made inEvaluation(JdbcTemplate jdbc, String name) {
        return inState(jdbc, name, CampaignState.EVALUATION);
    }

    public static Made inState(JdbcTemplate jdbc, String name, CampaignState state) {
        long campaign = CampaignFixture.inState(jdbc, name, state, VIET_YEN, HIEP_HOA);
        jdbc.update("UPDATE campaign_share SET members = 10, quota = IF(unit_id = ?, 3, 4) WHERE campaign_id = ?",
                VIET_YEN, campaign);
        long gift = line(jdbc, campaign, null, "GIFT", "Quà tri ân", 10, 200_000);
        long sms = line(jdbc, campaign, null, "SMS", "Tin nhắn", 100, 500);
        long vietYenTravel = line(jdbc, campaign, VIET_YEN, "TRAVEL", "Xe đi trao quà Việt Yên", 2, 300_000);
        long hiepHoaTravel = line(jdbc, campaign, HIEP_HOA, "TRAVEL", "Xe đi trao quà Hiệp Hòa", 1, 250_000);
        work(jdbc, campaign, name, VIET_YEN, ExecutionFixture.BICH_DONG, ExecutionFixture.VIET_YEN_CSKH1, gift, 3, 5);
        work(jdbc, campaign, name, HIEP_HOA, HIEP_HOA, HIEP_HOA_CSKH1, gift, 2, 7);
        return new Made(campaign, gift, sms, vietYenTravel, hiepHoaTravel);
    }

    static long line(JdbcTemplate jdbc, long campaign, @Nullable Long unit, String category, String description,
                     long quantity, long price) {
        Map<String, @Nullable Object> row = new HashMap<>(Map.of("campaign_id", campaign, "category", category,
                "description", description, "quantity", quantity, "unit_price", price, "amount", quantity * price));
        row.put("unit_id", unit);
        row.put("unit_name", unit == null ? null
                : jdbc.queryForObject("SELECT name FROM unit WHERE id = ?", String.class, unit));
        return new SimpleJdbcInsert(jdbc).withTableName("budget_line").usingGeneratedKeyColumns("id")
                .usingColumns("campaign_id", "unit_id", "unit_name", "category", "description", "quantity",
                        "unit_price", "amount").executeAndReturnKey(row).longValue();
    }

    /** One task per gift handed over (one gift each) and one more carrying the unit's SMS. */
    private static void work(JdbcTemplate jdbc, long campaign, String name, long unit, long store, long staff,
                             long giftLine, int gifts, int sms) {
        for (int i = 0; i <= gifts; i++) {
            long customer = ExecutionFixture.customer(jdbc, name + " KH " + unit + "-" + i, store);
            long task = new SimpleJdbcInsert(jdbc).withTableName("care_task").usingGeneratedKeyColumns("id")
                    .usingColumns("campaign_id", "customer_id", "unit_id", "assignee_id", "state", "due_at",
                            "contacts", "sms_contacts", "gift_delivered")
                    .executeAndReturnKey(Map.of("campaign_id", campaign, "customer_id", customer, "unit_id", unit,
                            "assignee_id", staff, "state", "COMPLETED", "due_at", LocalDateTime.now(), "contacts", 1,
                            "sms_contacts", i == gifts ? sms : 0, "gift_delivered", i < gifts)).longValue();
            boolean gives = i < gifts;
            jdbc.update("INSERT INTO care_contact (task_id, campaign_id, unit_id, customer_id, staff_id, staff_name, "
                    + "contacted_at, channel, outcome, gift_line_id, gift_quantity) VALUES (?, ?, ?, ?, ?, 'Nhân viên', "
                    + "?, ?, 'REACHED_ACCEPTED', ?, ?)", task, campaign, unit, customer, staff,
                    java.sql.Timestamp.from(Instant.now()), gives ? "VISIT" : "SMS", gives ? giftLine : null,
                    gives ? 1 : 0);
        }
    }
}
