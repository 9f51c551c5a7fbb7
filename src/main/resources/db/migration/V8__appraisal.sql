-- Step 4, appraisal: every decision of the Director on a submitted plan (approve, return, reject),
-- with the scores on the set criteria (1 to 5), the comment, and a JSON snapshot of the plan as it
-- was submitted (quotas per unit, budget per unit and lines, approved script versions), so that a
-- resubmitted plan can show what changed since the last appraisal.
CREATE TABLE appraisal (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id       BIGINT       NOT NULL,
    decision          VARCHAR(20)  NOT NULL,
    score_objective   INT          NOT NULL,
    score_feasibility INT          NOT NULL,
    score_budget      INT          NOT NULL,
    score_script      INT          NOT NULL,
    comment           VARCHAR(2000) NULL,
    snapshot          LONGTEXT     NOT NULL,
    actor_id          BIGINT       NOT NULL,
    actor_name        VARCHAR(160) NOT NULL,
    decided_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_appraisal_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT ck_appraisal_decision CHECK (decision IN ('APPROVE', 'RETURN', 'REJECT')),
    CONSTRAINT ck_appraisal_scores CHECK (score_objective BETWEEN 1 AND 5 AND score_feasibility BETWEEN 1 AND 5
        AND score_budget BETWEEN 1 AND 5 AND score_script BETWEEN 1 AND 5),
    INDEX ix_appraisal_campaign (campaign_id, decided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- On approval the segment's members are frozen into the campaign, each with the executing unit
-- its share belongs to, so later customer changes do not move the targets.
CREATE TABLE campaign_member (
    campaign_id BIGINT NOT NULL,
    customer_id BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, customer_id),
    CONSTRAINT fk_campaign_member_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_member_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_campaign_member_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_campaign_member_unit (campaign_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
