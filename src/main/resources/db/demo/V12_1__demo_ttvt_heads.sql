-- The heads of the district Telecom Centers (Giám đốc TTVT), who receive the first escalation of
-- their centre's overdue hand-offs (docs/decisions/0010). Every password is Demo@2026. Ids are left
-- to AUTO_INCREMENT so that other demo scripts' users never collide with these.
INSERT INTO user_account (username, password_hash, full_name, title, email, phone, unit_id) VALUES
    ('ttvt.tpbg.truongtt', '$2a$10$XefU78z7V1IcL.TKJMrTduK.SssqrWsRekDrqA2DAbw4HHL9xSsY.', 'Đoàn Minh Khoa', 'Giám đốc Trung tâm Viễn thông', 'ttvt.tpbg.truongtt@bacgiang.vnpt.vn', '0915 300 101', 30),
    ('ttvt.lucnam.truongtt', '$2a$10$XefU78z7V1IcL.TKJMrTduK.SssqrWsRekDrqA2DAbw4HHL9xSsY.', 'Nguyễn Hữu Phước', 'Giám đốc Trung tâm Viễn thông', 'ttvt.lucnam.truongtt@bacgiang.vnpt.vn', '0915 300 131', 31),
    ('ttvt.lucngan.truongtt', '$2a$10$XefU78z7V1IcL.TKJMrTduK.SssqrWsRekDrqA2DAbw4HHL9xSsY.', 'Hà Văn Chiến', 'Giám đốc Trung tâm Viễn thông', 'ttvt.lucngan.truongtt@bacgiang.vnpt.vn', '0915 300 132', 32),
    ('ttvt.vietyen.truongtt', '$2a$10$XefU78z7V1IcL.TKJMrTduK.SssqrWsRekDrqA2DAbw4HHL9xSsY.', 'Thân Văn Đạt', 'Giám đốc Trung tâm Viễn thông', 'ttvt.vietyen.truongtt@bacgiang.vnpt.vn', '0915 300 137', 37),
    ('ttvt.yendung.truongtt', '$2a$10$XefU78z7V1IcL.TKJMrTduK.SssqrWsRekDrqA2DAbw4HHL9xSsY.', 'Lương Thế Vinh', 'Giám đốc Trung tâm Viễn thông', 'ttvt.yendung.truongtt@bacgiang.vnpt.vn', '0915 300 139', 39);
INSERT INTO user_role (user_id, role)
SELECT id, 'TTVT_STAFF' FROM user_account WHERE username LIKE 'ttvt.%.truongtt';
UPDATE unit u JOIN user_account a ON a.username = CONCAT('ttvt.', CASE u.id
        WHEN 30 THEN 'tpbg' WHEN 31 THEN 'lucnam' WHEN 32 THEN 'lucngan' WHEN 37 THEN 'vietyen' WHEN 39 THEN 'yendung'
    END, '.truongtt')
SET u.head_user_id = a.id
WHERE u.id IN (30, 31, 32, 37, 39);
