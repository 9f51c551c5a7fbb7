-- Step 8's evaluation report (docs/decisions/0036): the conclusions and proposals the planner writes and
-- submits, one per campaign; and the copies issued when the campaign closes, kept byte for byte with the
-- figures they were filled from, numbered per year, a correction being a new edition of the same number.
CREATE TABLE evaluation (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id       BIGINT        NOT NULL,
    conclusions       TEXT          NULL,
    proposals         TEXT          NULL,
    state             VARCHAR(20)   NOT NULL,
    submitted_by_name VARCHAR(100)  NULL,
    submitted_at      DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_evaluation_campaign UNIQUE (campaign_id),
    CONSTRAINT fk_evaluation_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE issued_report (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id       BIGINT        NOT NULL,
    issue_year        INT           NOT NULL,
    number            INT           NOT NULL,
    edition           INT           NOT NULL,
    language          VARCHAR(5)    NOT NULL,
    pdf               LONGBLOB      NOT NULL,
    pdf_sha256        CHAR(64)      NOT NULL,
    figures           LONGTEXT      NOT NULL,
    figures_sha256    CHAR(64)      NOT NULL,
    cut_off           DATETIME(6)   NOT NULL,
    issued_by_name    VARCHAR(100)  NOT NULL,
    correction_reason VARCHAR(1000) NULL,
    superseded_at     DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_issued_report_edition UNIQUE (issue_year, number, edition),
    CONSTRAINT fk_issued_report_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    INDEX ix_issued_report_campaign (campaign_id, edition)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
