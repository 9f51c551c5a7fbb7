-- Step 7 callback samples (docs/decisions/0020): a reproducible sample of a unit's logged contacts,
-- drawn for an inspection with a stored seed. Each sampled contact keeps a copy of what the supervisor
-- must see, so the sample never changes when execution's rows do.
CREATE TABLE callback_sample (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id  BIGINT       NOT NULL,
    campaign_id    BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    seed           BIGINT       NOT NULL,
    size_asked     INT          NULL,
    percent_asked  INT          NULL,
    weighted       BOOLEAN      NOT NULL DEFAULT FALSE,
    population     INT          NOT NULL,
    drawn_by       VARCHAR(100) NOT NULL,
    drawn_at       DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_callback_sample_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT uq_callback_sample_inspection UNIQUE (inspection_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE sampled_contact (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sample_id     BIGINT        NOT NULL,
    position      INT           NOT NULL,
    contact_id    BIGINT        NOT NULL,
    customer_id   BIGINT        NOT NULL,
    customer_name VARCHAR(200)  NOT NULL,
    phone         VARCHAR(40)   NULL,
    outcome       VARCHAR(16)   NOT NULL,
    staff_id      BIGINT        NOT NULL,
    staff_name    VARCHAR(120)  NOT NULL,
    contacted_at  DATETIME(6)   NOT NULL,
    result        VARCHAR(16)   NULL,
    comment       VARCHAR(1000) NULL,
    recorded_by   VARCHAR(100)  NULL,
    recorded_at   DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_sampled_contact_sample FOREIGN KEY (sample_id) REFERENCES callback_sample (id),
    CONSTRAINT uq_sampled_contact UNIQUE (sample_id, contact_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The contacts of a campaign (by unit through the task) read for a sample: campaign first, in time order.
CREATE INDEX ix_care_contact_campaign ON care_contact (campaign_id, contacted_at);
