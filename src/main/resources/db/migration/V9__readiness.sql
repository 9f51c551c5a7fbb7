-- Step 5, readiness: one checklist per executing unit of a campaign (the units of its shares),
-- opened when the campaign enters READINESS; the unit's sales manager ticks it and confirms.
CREATE TABLE unit_readiness (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id       BIGINT       NOT NULL,
    unit_id           BIGINT       NOT NULL,
    unit_name         VARCHAR(160) NOT NULL,
    unit_path         VARCHAR(255) NOT NULL,
    staff_assigned    BOOLEAN      NOT NULL DEFAULT FALSE,
    budget_received   BOOLEAN      NOT NULL DEFAULT FALSE,
    list_briefed      BOOLEAN      NOT NULL DEFAULT FALSE,
    schedule_set      BOOLEAN      NOT NULL DEFAULT FALSE,
    note              VARCHAR(500) NULL,
    confirmed_by      BIGINT       NULL,
    confirmed_by_name VARCHAR(160) NULL,
    confirmed_at      DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_unit_readiness_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_unit_readiness_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uq_unit_readiness UNIQUE (campaign_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
