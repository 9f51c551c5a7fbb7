-- Step 3, the detailed care plan: the segment's members split into one share per executing unit
-- (each district sales department, and PBH DN for enterprises), each with its quota of contacts and
-- KPI targets; and the plan's budget in VND, per unit or for the centre (unit_id NULL).
CREATE TABLE campaign_share (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id      BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL,
    unit_name        VARCHAR(160) NOT NULL,
    members          BIGINT       NOT NULL,
    quota            BIGINT       NOT NULL,
    reach_rate       INT          NOT NULL DEFAULT 90,
    success_rate     INT          NOT NULL DEFAULT 70,
    satisfaction     DECIMAL(2,1) NOT NULL DEFAULT 4.0,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_campaign_share_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_share_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uq_campaign_share UNIQUE (campaign_id, unit_id),
    CONSTRAINT ck_campaign_share_quota CHECK (quota >= 0 AND quota <= members),
    CONSTRAINT ck_campaign_share_rates CHECK (reach_rate BETWEEN 0 AND 100 AND success_rate BETWEEN 0 AND 100
        AND satisfaction BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE budget_line (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    unit_id     BIGINT       NULL,
    unit_name   VARCHAR(160) NULL,
    category    VARCHAR(20)  NOT NULL,
    description VARCHAR(200) NOT NULL,
    quantity    BIGINT       NOT NULL,
    unit_price  BIGINT       NOT NULL,
    amount      BIGINT       NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_budget_line_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_budget_line_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_budget_line_positive CHECK (quantity > 0 AND unit_price > 0 AND amount = quantity * unit_price),
    INDEX ix_budget_line_campaign (campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
