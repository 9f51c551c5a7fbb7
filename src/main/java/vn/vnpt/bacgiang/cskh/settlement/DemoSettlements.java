package vn.vnpt.bacgiang.cskh.settlement;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The run command's settlements, written as the history they stand for: each executing unit of the demo
 * campaigns past supervision gets a line of its own in the plan (the delivery of cards and gifts to its
 * stores, before the appraisal's snapshot is taken), the closed campaign 11 is fully settled and
 * submitted, and in campaign 10 (in evaluation) every unit submitted except Việt Yên, whose manager
 * still has its line to enter, while the planner has settled the centre's gifts but not its messages.
 * Runs once per campaign, while it has no settlement.
 */
@Component
@Profile("demo")
class DemoSettlements {

    private static final Logger log = LoggerFactory.getLogger(DemoSettlements.class);
    private static final long EVALUATING = 10;
    private static final long CLOSED = 11;
    private static final String PLANNER = "Lê Minh Đức";
    private static final String OPEN_UNIT = "PBH-VYN";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DemoSettlements(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void settleDemoCampaigns() {
        for (long campaign : List.of(EVALUATING, CLOSED)) {
            boolean fresh = Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM campaign_share "
                    + "WHERE campaign_id = ?) AND NOT EXISTS (SELECT 1 FROM settlement_unit WHERE campaign_id = ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM settlement_line WHERE campaign_id = ?)", Boolean.class, campaign,
                    campaign, campaign));
            if (fresh) {
                transaction.executeWithoutResult(status -> settle(campaign));
                log.info("Demo settlement of campaign {}", campaign);
            }
        }
    }

    private void settle(long campaign) {
        List<Map<String, Object>> units = jdbc.queryForList("SELECT s.unit_id, s.unit_name, u.code, "
                + "(SELECT a.full_name FROM user_account a JOIN user_role r ON r.user_id = a.id AND r.role = "
                + "'SALES_MANAGER' WHERE a.unit_id = s.unit_id ORDER BY a.id LIMIT 1) AS manager FROM campaign_share s "
                + "JOIN unit u ON u.id = s.unit_id WHERE s.campaign_id = ? ORDER BY s.unit_name", campaign);
        String evaluationStart = "(SELECT MAX(at) FROM campaign_transition WHERE campaign_id = " + campaign
                + " AND to_state = 'EVALUATION')";
        int index = 0;
        for (Map<String, Object> unit : units) {
            long unitId = ((Number) unit.get("unit_id")).longValue();
            String code = (String) unit.get("code");
            String manager = unit.get("manager") == null ? PLANNER : (String) unit.get("manager");
            long price = 400_000 + 50_000L * (index % 4);
            jdbc.update("INSERT INTO budget_line (campaign_id, unit_id, unit_name, category, description, quantity, "
                    + "unit_price, amount) VALUES (?, ?, ?, 'OTHER', ?, 1, ?, ?)", campaign, unitId,
                    unit.get("unit_name"), campaign == CLOSED ? "Văn phòng phẩm, in danh sách gọi tại đơn vị"
                            : "Vận chuyển thiệp và quà tới các cửa hàng", price, price);
            index++;
            if (campaign == EVALUATING && OPEN_UNIT.equals(code)) {
                continue;
            }
            long spent = price - 10_000L * (index % 5);
            jdbc.update("INSERT INTO settlement_line (campaign_id, budget_line_id, unit_id, amount, voucher, note, "
                    + "settled_by, created_at, updated_at) SELECT ?, MAX(id), ?, ?, ?, NULL, ?, " + evaluationStart
                    + " + INTERVAL ? DAY, " + evaluationStart + " + INTERVAL ? DAY FROM budget_line WHERE campaign_id = ? "
                    + "AND unit_id = ?", campaign, unitId, spent, "PC/" + code + "/" + campaign, manager, 1 + index % 3,
                    1 + index % 3, campaign, unitId);
            jdbc.update("INSERT INTO settlement_unit (campaign_id, unit_id, unit_name, state, submitted_at, submitted_by, "
                    + "created_at, updated_at) VALUES (?, ?, ?, 'SUBMITTED', " + evaluationStart + " + INTERVAL ? DAY, ?, "
                    + evaluationStart + " + INTERVAL ? DAY, " + evaluationStart + " + INTERVAL ? DAY)", campaign, unitId,
                    unit.get("unit_name"), 2 + index % 3, manager, 2 + index % 3, 2 + index % 3);
        }
        // The centre's lines: all of them once closed; in evaluation the gifts (as handed over), not yet the messages.
        jdbc.update("INSERT INTO settlement_line (campaign_id, budget_line_id, unit_id, amount, voucher, note, settled_by, "
                + "created_at, updated_at) SELECT b.campaign_id, b.id, NULL, "
                + "COALESCE((SELECT SUM(cc.gift_quantity * b.unit_price) FROM care_contact cc WHERE cc.gift_line_id = b.id), "
                + "b.amount * 96 DIV 100), CONCAT('PC/TTKD/', b.campaign_id, '/', b.id), ?, ?, " + evaluationStart
                + " + INTERVAL 4 DAY, " + evaluationStart + " + INTERVAL 4 DAY FROM budget_line b WHERE b.campaign_id = ? "
                + "AND b.unit_id IS NULL AND (? OR b.category <> 'SMS')", "Theo bảng kê của ĐHNV", PLANNER, campaign,
                campaign == CLOSED);
    }
}
