-- The heads of two district Telecom Centers (Giám đốc TTVT), who receive the first escalation of
-- their centre's overdue hand-offs (docs/decisions/0010); the other centres show the fallback (all
-- their TTVT staff). Every password is Demo@2026. Ids are left to AUTO_INCREMENT so that other demo
-- scripts' users never collide with these.
INSERT INTO user_account (username, password_hash, full_name, title, email, phone, unit_id) VALUES
    ('ttvt.tpbg.truongtt', '$2a$10$XefU78z7V1IcL.TKJMrTduK.SssqrWsRekDrqA2DAbw4HHL9xSsY.', 'Đoàn Minh Khoa', 'Giám đốc Trung tâm Viễn thông', 'ttvt.tpbg.truongtt@bacgiang.vnpt.vn', '0915 300 101', 30),
    ('ttvt.tanyen.truongtt', '$2a$10$XefU78z7V1IcL.TKJMrTduK.SssqrWsRekDrqA2DAbw4HHL9xSsY.', 'Nguyễn Hữu Phước', 'Giám đốc Trung tâm Viễn thông', 'ttvt.tanyen.truongtt@bacgiang.vnpt.vn', '0915 300 135', 35);
INSERT INTO user_role (user_id, role)
SELECT id, 'TTVT_STAFF' FROM user_account WHERE username IN ('ttvt.tpbg.truongtt', 'ttvt.tanyen.truongtt');
UPDATE unit u JOIN user_account a ON a.username = CASE u.id WHEN 30 THEN 'ttvt.tpbg.truongtt'
        WHEN 35 THEN 'ttvt.tanyen.truongtt' END
SET u.head_user_id = a.id
WHERE u.id IN (30, 35);
