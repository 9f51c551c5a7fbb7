-- What a unit attaches to a corrective action to show it was done (a photo of the counter, the signed list),
-- checked as an inspection's evidence is (JPEG, PNG or PDF by content, at most 10 MB, a preview of photos),
-- for the supervisor who verifies it.
CREATE TABLE action_evidence (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_id      BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(40)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    content        LONGBLOB     NOT NULL,
    preview        MEDIUMBLOB   NULL,
    uploaded_by    VARCHAR(100) NOT NULL,
    uploaded_by_id BIGINT       NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_action_evidence_action FOREIGN KEY (action_id) REFERENCES corrective_action (id),
    INDEX ix_action_evidence_action (action_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
