-- Budget lines of the demo campaigns that have reached appraisal or later (and the returned ones);
-- the planning campaign (4) has none, so its SUBMIT shows the guard. The shares depend on the demo
-- customers, loaded after the migrations: DemoPlans splits them once the portal is up.
INSERT INTO budget_line (campaign_id, unit_id, unit_name, category, description, quantity, unit_price, amount)
SELECT c.id, l.unit_id, u.name, l.category, l.description, l.quantity, l.unit_price, l.quantity * l.unit_price
FROM (
    SELECT 5 AS campaign_id, NULL AS unit_id, 'GIFT' AS category, 'Hộp quà Tết cho khách hàng VIP' AS description, 400 AS quantity, 450000 AS unit_price
    UNION ALL SELECT 5, NULL, 'TRAVEL', 'Xe đi trao quà tại các huyện', 20, 800000
    UNION ALL SELECT 6, 5, 'GIFT', 'Lẵng hoa thăm doanh nghiệp', 60, 1200000
    UNION ALL SELECT 6, NULL, 'TRAVEL', 'Xe đi thăm doanh nghiệp', 12, 800000
    UNION ALL SELECT 7, NULL, 'SMS', 'Tin nhắn nhắc cước', 5000, 300
    UNION ALL SELECT 7, NULL, 'CALL_MINUTES', 'Phút gọi nhắc cước', 3000, 900
    UNION ALL SELECT 8, NULL, 'GIFT', 'Quà thăm khách hàng VIP Kim cương', 120, 600000
    UNION ALL SELECT 8, NULL, 'TRAVEL', 'Công tác phí thăm khách hàng', 30, 300000
    UNION ALL SELECT 9, NULL, 'OTHER', 'Mã kích hoạt gói MyTV nâng cao 3 tháng', 800, 90000
    UNION ALL SELECT 10, NULL, 'SMS', 'Tin nhắn chúc mừng sinh nhật', 2500, 300
    UNION ALL SELECT 10, NULL, 'GIFT', 'Thiệp và quà sinh nhật', 300, 100000
    UNION ALL SELECT 11, NULL, 'CALL_MINUTES', 'Phút gọi chào mừng', 4000, 900
    UNION ALL SELECT 12, NULL, 'SMS', 'Tin nhắn nhắc cước trả sau', 3000, 300
) l
JOIN campaign c ON c.id = l.campaign_id
LEFT JOIN unit u ON u.id = l.unit_id;
