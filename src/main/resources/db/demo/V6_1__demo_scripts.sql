-- Demo orientation and care scripts (step 2): every demo campaign past step 2 has its orientation and
-- an approved script version, so the board's demo data keeps the step-2 guards; the campaign in
-- step 2 has a draft orientation and a draft script to work on.
INSERT INTO campaign_orientation (campaign_id, goals, tone, channels) VALUES
    (3, 'Cảm ơn khách hàng gắn bó trên 10 năm, giới thiệu ưu đãi gia hạn gói cước.', 'Trân trọng, ấm áp', 'CALL,SMS'),
    (4, 'Liên hệ thuê bao nguy cơ rời mạng, tìm hiểu lý do và đề xuất gói cước phù hợp.', 'Lắng nghe, chủ động', 'CALL,VISIT'),
    (5, 'Tặng quà Tết cho khách hàng VIP, củng cố quan hệ lâu dài.', 'Trang trọng', 'VISIT'),
    (6, 'Thăm hỏi doanh nghiệp lớn, nắm nhu cầu dịch vụ năm tới.', 'Chuyên nghiệp', 'VISIT,CALL'),
    (7, 'Nhắc thanh toán cước quá hạn, hướng dẫn kênh thanh toán.', 'Lịch sự, rõ ràng', 'SMS,CALL'),
    (8, 'Thăm trực tiếp khách hàng VIP Kim cương.', 'Trang trọng', 'VISIT'),
    (9, 'Tri ân khách hàng MyTV gắn bó.', 'Thân thiện', 'CALL,ZALO'),
    (10, 'Chúc mừng sinh nhật khách hàng.', 'Thân thiện', 'SMS,ZALO'),
    (11, 'Gọi chào mừng khách hàng mới.', 'Thân thiện', 'CALL'),
    (12, 'Nhắc cước trả sau quá hạn.', 'Lịch sự, rõ ràng', 'SMS');
INSERT INTO care_script (campaign_id, title, channel) VALUES
    (3, 'Cuộc gọi tri ân', 'CALL'),
    (4, 'Cuộc gọi giữ chân', 'CALL'),
    (5, 'Lời chúc khi trao quà Tết', 'VISIT'),
    (6, 'Buổi thăm doanh nghiệp', 'VISIT'),
    (7, 'Tin nhắn nhắc cước', 'SMS'),
    (8, 'Buổi thăm khách hàng VIP', 'VISIT'),
    (9, 'Cuộc gọi tri ân MyTV', 'CALL'),
    (10, 'Tin nhắn chúc mừng sinh nhật', 'SMS'),
    (11, 'Cuộc gọi chào mừng', 'CALL'),
    (12, 'Tin nhắn nhắc cước trả sau', 'SMS');
INSERT INTO care_script_version (script_id, number, body, state, created_by_name, created_at, approved_by_name, approved_at)
SELECT s.id, 1,
       CASE s.channel
           WHEN 'SMS' THEN 'VNPT Bắc Giang kính chào {ten_khach_hang}. Cảm ơn Quý khách đã sử dụng {dich_vu} suốt {so_nam_gan_bo} năm qua.'
           WHEN 'VISIT' THEN 'Kính chào {ten_khach_hang}, em là {nhan_vien} của VNPT Bắc Giang. Thay mặt VNPT, em xin gửi lời cảm ơn vì Quý khách đã đồng hành cùng dịch vụ {dich_vu}.'
           ELSE 'Alô, em chào {ten_khach_hang}, em là {nhan_vien} gọi từ VNPT Bắc Giang. Cảm ơn Quý khách đã gắn bó {so_nam_gan_bo} năm với dịch vụ {dich_vu}.'
       END,
       CASE WHEN s.campaign_id = 3 THEN 'DRAFT' ELSE 'APPROVED' END,
       c.owner_name, DATE_SUB(NOW(6), INTERVAL 8 DAY),
       CASE WHEN s.campaign_id = 3 THEN NULL ELSE c.owner_name END,
       CASE WHEN s.campaign_id = 3 THEN NULL ELSE DATE_SUB(NOW(6), INTERVAL 7 DAY) END
FROM care_script s JOIN campaign c ON c.id = s.campaign_id;
