-- The working calendar that SLA clocks count in (issue 5, part 5): opening hours per weekday and
-- the public holidays, kept as data because Tết and Hùng Kings' day move every year and the
-- government announces the breaks (and compensation days) only months ahead. Admins edit both.
CREATE TABLE working_period (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    weekday    INT         NOT NULL COMMENT '1 = Monday ... 7 = Sunday (ISO)',
    start_time TIME        NOT NULL,
    end_time   TIME        NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_working_period_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_working_period_order CHECK (end_time > start_time),
    INDEX ix_working_period_weekday (weekday, start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- A day off for everyone; a holiday on a weekend costs nothing, its compensation day is a row of its own.
CREATE TABLE holiday (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day        DATE         NOT NULL,
    name       VARCHAR(160) NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_holiday_day UNIQUE (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- Office hours of the Business Center: 07:30-11:30 and 13:30-17:00, Monday to Friday.
INSERT INTO working_period (weekday, start_time, end_time)
SELECT d.weekday, p.start_time, p.end_time
FROM (SELECT 1 AS weekday UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) d
CROSS JOIN (SELECT TIME '07:30' AS start_time, TIME '11:30' AS end_time
            UNION ALL SELECT TIME '13:30', TIME '17:00') p;

-- Public holidays for civil servants (Bộ luật Lao động 2019, art. 112) in 2026 and 2027.
-- 2026, as announced: Tết Bính Ngọ from Saturday 14/02 to Sunday 22/02 (lunar new year 17/02);
-- Hùng Kings' day (10/3 lunar) falls on Sunday 26/04, compensated on Monday 27/04.
-- ASSUMPTION to check against the Prime Minister's notice for each year: National Day is 2/9 plus
-- one adjacent day, seeded as Tuesday 01/09/2026 and Friday 03/09/2027 (the day that joins a weekend).
-- ASSUMPTION for 2027, not yet announced when this was written: Tết Đinh Mùi (lunar new year
-- Saturday 06/02/2027) seeded as five working days off, Thursday 04/02 to Wednesday 10/02; Labour
-- Day 01/05/2027 is a Saturday, compensated on Monday 03/05. Admins correct these under "Lịch làm việc".
INSERT INTO holiday (day, name, kind) VALUES
    ('2026-01-01', 'Tết Dương lịch', 'NEW_YEAR'),
    ('2026-02-14', 'Tết Nguyên đán (27 tháng Chạp)', 'TET'),
    ('2026-02-15', 'Tết Nguyên đán (28 tháng Chạp)', 'TET'),
    ('2026-02-16', 'Tết Nguyên đán (29 tháng Chạp)', 'TET'),
    ('2026-02-17', 'Tết Nguyên đán (Mùng 1)', 'TET'),
    ('2026-02-18', 'Tết Nguyên đán (Mùng 2)', 'TET'),
    ('2026-02-19', 'Tết Nguyên đán (Mùng 3)', 'TET'),
    ('2026-02-20', 'Tết Nguyên đán (Mùng 4)', 'TET'),
    ('2026-02-21', 'Tết Nguyên đán (Mùng 5)', 'TET'),
    ('2026-02-22', 'Tết Nguyên đán (Mùng 6)', 'TET'),
    ('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'HUNG_KINGS'),
    ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'COMPENSATION'),
    ('2026-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'REUNIFICATION'),
    ('2026-05-01', 'Ngày Quốc tế Lao động', 'LABOUR'),
    ('2026-09-01', 'Quốc khánh (ngày liền kề)', 'NATIONAL_DAY'),
    ('2026-09-02', 'Quốc khánh', 'NATIONAL_DAY'),
    ('2027-01-01', 'Tết Dương lịch', 'NEW_YEAR'),
    ('2027-02-04', 'Tết Nguyên đán (cuối năm)', 'TET'),
    ('2027-02-05', 'Tết Nguyên đán (cuối năm)', 'TET'),
    ('2027-02-06', 'Tết Nguyên đán (Mùng 1)', 'TET'),
    ('2027-02-07', 'Tết Nguyên đán (Mùng 2)', 'TET'),
    ('2027-02-08', 'Tết Nguyên đán (Mùng 3)', 'TET'),
    ('2027-02-09', 'Tết Nguyên đán (Mùng 4)', 'TET'),
    ('2027-02-10', 'Tết Nguyên đán (Mùng 5)', 'TET'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'HUNG_KINGS'),
    ('2027-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'REUNIFICATION'),
    ('2027-05-01', 'Ngày Quốc tế Lao động', 'LABOUR'),
    ('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động', 'COMPENSATION'),
    ('2027-09-02', 'Quốc khánh', 'NATIONAL_DAY'),
    ('2027-09-03', 'Quốc khánh (ngày liền kề)', 'NATIONAL_DAY');

-- In-app notifications. The text is resolved when shown, in the reader's language, from the
-- message key and its arguments (a JSON array of strings), so a notice reads right in both languages.
CREATE TABLE notice (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient   BIGINT       NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    message_key VARCHAR(120) NOT NULL,
    args        TEXT         NOT NULL,
    link        VARCHAR(255) NULL,
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    CONSTRAINT fk_notice_recipient FOREIGN KEY (recipient) REFERENCES user_account (id),
    -- the badge counts unread ones and the list shows the newest: both walk this index
    INDEX ix_notice_recipient (recipient, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
