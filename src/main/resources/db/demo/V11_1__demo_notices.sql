-- Demo: the Admin finds a notification on first start, reminding them that the 2027 holidays are
-- assumptions (see V11) and leading to the working calendar.
INSERT INTO notice (recipient, kind, message_key, args, link, created_at)
SELECT id, 'CALENDAR', 'sla.notice.checkHolidays', '["2027"]', 'working-calendar', CURRENT_TIMESTAMP(6)
FROM user_account WHERE username = 'admin';
