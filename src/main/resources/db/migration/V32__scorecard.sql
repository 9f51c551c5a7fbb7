-- The coordination scorecard (decision 0028): the thresholds an Admin sets per figure, and one snapshot
-- row per unit and day written by the daily job, so the previous period is read from history.
CREATE TABLE scorecard_threshold (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    metric     VARCHAR(24) NOT NULL,
    warn_at    INT         NOT NULL,
    alert_at   INT         NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_scorecard_threshold_metric UNIQUE (metric)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO scorecard_threshold (metric, warn_at, alert_at) VALUES
    ('NOT_STARTED', 10, 30),
    ('TASKS_OVERDUE', 10, 30),
    ('READINESS_LATE', 1, 2),
    ('ACTIONS_OVERDUE', 1, 3),
    ('ACCEPTED_LATE', 2, 5),
    ('BOUNCED', 2, 5),
    ('HANDOFFS_OVERDUE', 1, 3);

CREATE TABLE scorecard_snapshot (
    taken_on         DATE        NOT NULL,
    unit_id          BIGINT      NOT NULL,
    not_started      INT         NOT NULL,
    tasks_overdue    INT         NOT NULL,
    readiness_late   INT         NOT NULL,
    actions_overdue  INT         NOT NULL,
    accepted_late    INT         NOT NULL,
    bounced          INT         NOT NULL,
    handoffs_overdue INT         NOT NULL,
    PRIMARY KEY (taken_on, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
