-- Step 2: a campaign's orientation (goals, tone, channels) and its care scripts (kịch bản). A script
-- keeps every version of its body; at most one version is APPROVED (what step 6 uses), a change to
-- it makes a new DRAFT, and approving a draft supersedes the approved one.
CREATE TABLE campaign_orientation (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT        NOT NULL,
    goals       VARCHAR(2000) NULL,
    tone        VARCHAR(500)  NULL,
    channels    VARCHAR(60)   NOT NULL DEFAULT '',
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_campaign_orientation UNIQUE (campaign_id),
    CONSTRAINT fk_campaign_orientation_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE care_script (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    title       VARCHAR(160) NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_care_script_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    INDEX ix_care_script_campaign (campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE care_script_version (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    script_id        BIGINT        NOT NULL,
    number           INT           NOT NULL,
    body             TEXT          NOT NULL,
    state            VARCHAR(12)   NOT NULL,
    created_by_name  VARCHAR(120)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    approved_by_name VARCHAR(120)  NULL,
    approved_at      DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    updated_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_care_script_version UNIQUE (script_id, number),
    CONSTRAINT fk_care_script_version_script FOREIGN KEY (script_id) REFERENCES care_script (id),
    INDEX ix_care_script_version_state (script_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
