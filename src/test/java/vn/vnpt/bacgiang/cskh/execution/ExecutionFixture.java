package vn.vnpt.bacgiang.cskh.execution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignState;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * Campaigns of step 6's tests: customers of Việt Yên (stores 170, 171, the department 17) and Lạng
 * Giang (store 180), the only districts these tests touch, frozen as members of a campaign in
 * readiness with shares, orientation, an approved script and budget lines, that the Director then
 * moves into execution. Names are unique per call so tests never see each other's tasks.
 */
public final class ExecutionFixture {

    public static final long VIET_YEN = 17;
    public static final long LANG_GIANG = 18;
    public static final long BICH_DONG = 170;
    public static final long NENH = 171;
    public static final long VOI = 180;
    public static final long VIET_YEN_CSKH1 = 34;
    public static final long VIET_YEN_CSKH2 = 35;
    public static final long LANG_GIANG_CSKH1 = 38;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ExecutionFixture() {
    }

    /** A campaign in readiness whose members are customers created in the given units (one per entry). */
    public static long campaignInReadiness(JdbcTemplate jdbc, String name, List<Long> customerUnits) {
        int run = SEQUENCE.incrementAndGet();
        String unique = name + " #" + run + "-" + ThreadLocalRandom.current().nextInt(100_000);
        long campaign = new SimpleJdbcInsert(jdbc).withTableName("campaign").usingGeneratedKeyColumns("id")
                .usingColumns("name", "programme_type", "objective", "period_start", "period_end", "owner_id",
                        "owner_name", "state", "step_deadline")
                .executeAndReturnKey(Map.of("name", unique, "programme_type", "VIP_VISIT", "objective",
                        "Thăm khách hàng", "period_start", LocalDate.now().minusDays(5), "period_end",
                        LocalDate.now().plusDays(25), "owner_id", 4, "owner_name", "Lê Minh Đức", "state",
                        CampaignState.READINESS.name(), "step_deadline", LocalDate.now().plusDays(2))).longValue();
        jdbc.update("INSERT INTO campaign_orientation (campaign_id, goals, tone, channels) VALUES (?, ?, ?, ?)",
                campaign, "Thăm hỏi khách hàng.", "Trân trọng", "CALL,SMS,VISIT");
        jdbc.update("INSERT INTO care_script (campaign_id, title, channel) VALUES (?, ?, ?)", campaign,
                "Cuộc gọi thăm hỏi", "CALL");
        jdbc.update("INSERT INTO care_script_version (script_id, number, body, state, created_by_name, created_at, "
                        + "approved_by_name, approved_at) SELECT MAX(id), 1, ?, 'APPROVED', 'Lê Minh Đức', NOW(6), "
                        + "'Lê Minh Đức', NOW(6) FROM care_script WHERE campaign_id = ?",
                "Em là {nhan_vien}, chào {ten_khach_hang} (mã {ma_khach_hang}), cảm ơn {so_nam_gan_bo} năm gắn bó.",
                campaign);
        List<long[]> members = new ArrayList<>();
        int index = 0;
        for (long unit : customerUnits) {
            long customer = customer(jdbc, unique + " KH" + (++index), unit);
            members.add(new long[] {customer, executingUnit(unit)});
        }
        for (long[] member : members) {
            jdbc.update("INSERT INTO campaign_member (campaign_id, customer_id, unit_id) VALUES (?, ?, ?)", campaign,
                    member[0], member[1]);
        }
        for (long unit : List.of(VIET_YEN, LANG_GIANG)) {
            long count = members.stream().filter(member -> member[1] == unit).count();
            if (count > 0) {
                jdbc.update("INSERT INTO campaign_share (campaign_id, unit_id, unit_name, members, quota, reach_rate, "
                        + "success_rate, satisfaction) SELECT ?, id, name, ?, ?, 80, 60, 4.0 FROM unit WHERE id = ?",
                        campaign, count, count, unit);
            }
        }
        jdbc.update("INSERT INTO budget_line (campaign_id, category, description, quantity, unit_price, amount) "
                + "VALUES (?, 'GIFT', 'Quà thăm hỏi', 10, 200000, 2000000)", campaign);
        jdbc.update("INSERT INTO budget_line (campaign_id, category, description, quantity, unit_price, amount) "
                + "VALUES (?, 'SMS', 'Tin nhắn', 100, 500, 50000)", campaign);
        return campaign;
    }

    /** Moves the campaign into execution as the Director would (with a reason: no unit confirmed readiness). */
    public static void startExecution(CampaignService campaigns, long campaignId) {
        campaigns.move(campaignId, campaigns.get(campaignId).getVersion(), CampaignState.EXECUTION,
                "Cho thực hiện để kiểm thử bước 6.");
    }

    public static long customer(JdbcTemplate jdbc, String name, long unitId) {
        Map<String, Object> unit = jdbc.queryForMap("SELECT path, district FROM unit WHERE id = ?", unitId);
        return new SimpleJdbcInsert(jdbc).withTableName("customer").usingGeneratedKeyColumns("id")
                .usingColumns("code", "name", "kind", "phone", "district", "commune", "unit_id", "unit_path",
                        "customer_since", "vip_tier", "services", "indicators_on")
                .executeAndReturnKey(Map.ofEntries(
                        Map.entry("code", "EXE-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
                        Map.entry("name", name), Map.entry("kind", "INDIVIDUAL"), Map.entry("phone", "0912 000 111"),
                        Map.entry("district", District.valueOf((String) unit.get("district")).name()),
                        Map.entry("commune", "Xã Nếnh"), Map.entry("unit_id", unitId),
                        Map.entry("unit_path", unit.get("path")), Map.entry("customer_since", LocalDate.of(2014, 3, 1)),
                        Map.entry("vip_tier", "GOLD"), Map.entry("services", 4),
                        Map.entry("indicators_on", LocalDate.now()))).longValue();
    }

    private static long executingUnit(long unit) {
        return unit >= 170 && unit < 180 || unit == VIET_YEN ? VIET_YEN : LANG_GIANG;
    }
}
