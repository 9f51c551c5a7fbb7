-- Step 8's budget settlement (quyết toán): what each budget line actually cost, with the voucher it is
-- booked under, entered by the executing unit that owns the line (the planner for the centre's lines),
-- and each executing unit's settlement, open while it enters and submitted once it is done.
CREATE TABLE settlement_unit (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id     BIGINT       NOT NULL,
    unit_id         BIGINT       NOT NULL,
    unit_name       VARCHAR(160) NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    submitted_at    DATETIME(6)  NULL,
    submitted_by    VARCHAR(120) NULL,
    returned_reason VARCHAR(500) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_settlement_unit_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_settlement_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uq_settlement_unit UNIQUE (campaign_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE settlement_line (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT        NOT NULL,
    budget_line_id BIGINT        NOT NULL,
    unit_id        BIGINT        NULL,
    amount         BIGINT        NOT NULL,
    voucher        VARCHAR(60)   NULL,
    note           VARCHAR(500)  NULL,
    settled_by     VARCHAR(120)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_settlement_line_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_settlement_line_budget FOREIGN KEY (budget_line_id) REFERENCES budget_line (id),
    CONSTRAINT uq_settlement_line UNIQUE (budget_line_id),
    CONSTRAINT ck_settlement_line_amount CHECK (amount >= 0 AND (amount = 0 OR voucher IS NOT NULL)),
    INDEX ix_settlement_line_campaign (campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
