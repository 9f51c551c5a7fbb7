-- A second demo campaign in execution (step 6), larger than the VIP visits of campaign 8 so that
-- every care staff member's worklist has tens of tasks: gratitude calls to the customers of ten
-- years and more. Its members are frozen, its shares split and its tasks distributed, assigned and
-- partly worked by the demo start (DemoMembers, DemoPlans, execution.DemoExecution).
INSERT INTO campaign (name, programme_type, objective, period_start, period_end, owner_id, owner_name, segment_id, segment_name, state, step_deadline)
SELECT 'Gọi tri ân khách hàng gắn bó trên 10 năm', 'GRATITUDE', 'Gọi cảm ơn 90 % khách hàng gắn bó trên 10 năm, tặng thẻ quà cho khách hàng đồng ý gia hạn.',
       DATE_ADD(CURRENT_DATE, INTERVAL -21 DAY), DATE_ADD(CURRENT_DATE, INTERVAL 14 DAY), 5, 'Đặng Thu Trang',
       s.id, s.name, 'EXECUTION', DATE_ADD(CURRENT_DATE, INTERVAL 14 DAY)
FROM segment s WHERE s.owner_id = 4 AND s.name = 'Khách hàng gắn bó trên 10 năm' ORDER BY s.id LIMIT 1;
SET @gratitude = LAST_INSERT_ID();
INSERT INTO campaign_transition (campaign_id, from_state, to_state, actor_id, actor_name, at, comment) VALUES
    (@gratitude, NULL, 'SEGMENTING', 5, 'Đặng Thu Trang', DATE_SUB(NOW(6), INTERVAL 50 DAY), NULL),
    (@gratitude, 'SEGMENTING', 'ORIENTATION', 5, 'Đặng Thu Trang', DATE_SUB(NOW(6), INTERVAL 45 DAY), NULL),
    (@gratitude, 'ORIENTATION', 'PLANNING', 5, 'Đặng Thu Trang', DATE_SUB(NOW(6), INTERVAL 40 DAY), NULL),
    (@gratitude, 'PLANNING', 'APPRAISAL', 5, 'Đặng Thu Trang', DATE_SUB(NOW(6), INTERVAL 34 DAY), NULL),
    (@gratitude, 'APPRAISAL', 'READINESS', 2, 'Trần Thị Thu Hà', DATE_SUB(NOW(6), INTERVAL 30 DAY), NULL),
    (@gratitude, 'READINESS', 'EXECUTION', 5, 'Đặng Thu Trang', DATE_SUB(NOW(6), INTERVAL 21 DAY), NULL);
INSERT INTO campaign_orientation (campaign_id, goals, tone, channels) VALUES
    (@gratitude, 'Cảm ơn khách hàng gắn bó lâu năm, mời gia hạn gói cước với ưu đãi tri ân.', 'Trân trọng, ấm áp', 'CALL,SMS,ZALO');
INSERT INTO care_script (campaign_id, title, channel) VALUES
    (@gratitude, 'Cuộc gọi tri ân', 'CALL'),
    (@gratitude, 'Tin nhắn tri ân', 'SMS');
INSERT INTO care_script_version (script_id, number, body, state, created_by_name, created_at, approved_by_name, approved_at)
SELECT s.id, 1,
       CASE s.channel
           WHEN 'SMS' THEN 'VNPT Bắc Giang trân trọng cảm ơn {ten_khach_hang} đã đồng hành {so_nam_gan_bo} năm cùng {dich_vu}. Quý khách được tặng ưu đãi tri ân khi gia hạn gói cước.'
           ELSE 'Alô, em chào {ten_khach_hang}, em là {nhan_vien} gọi từ VNPT Bắc Giang. Em gọi để cảm ơn Quý khách đã gắn bó {so_nam_gan_bo} năm với dịch vụ {dich_vu} (mã khách hàng {ma_khach_hang}). Nhân dịp này, VNPT xin tặng Quý khách một thẻ quà tri ân khi gia hạn gói cước; Quý khách có muốn em đăng ký giúp không ạ?'
       END,
       'APPROVED', 'Đặng Thu Trang', DATE_SUB(NOW(6), INTERVAL 44 DAY), 'Đặng Thu Trang', DATE_SUB(NOW(6), INTERVAL 43 DAY)
FROM care_script s WHERE s.campaign_id = @gratitude;
INSERT INTO budget_line (campaign_id, unit_id, unit_name, category, description, quantity, unit_price, amount) VALUES
    (@gratitude, NULL, NULL, 'GIFT', 'Thẻ quà tri ân', 1200, 100000, 120000000),
    (@gratitude, NULL, NULL, 'SMS', 'Tin nhắn tri ân', 2000, 300, 600000);
