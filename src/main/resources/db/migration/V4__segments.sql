-- Saved segments (step 1): the criteria as JSON and what they counted when saved. A later step
-- freezes a segment's members into a campaign; until then members are always recounted live.
CREATE TABLE segment (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    description     VARCHAR(500) NULL,
    owner_id        BIGINT       NOT NULL,
    owner_name      VARCHAR(120) NOT NULL,
    criteria        TEXT         NOT NULL,
    member_count    BIGINT       NOT NULL,
    district_counts VARCHAR(500) NOT NULL,
    saved_at        DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_segment_owner_name UNIQUE (owner_id, name),
    CONSTRAINT fk_segment_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    INDEX ix_segment_saved (saved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
