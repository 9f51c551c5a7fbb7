-- Findings of submitted inspections and their corrective actions (docs/decisions/0021). A finding's
-- source is a failed checklist item today; source_kind leaves room for unconfirmed callback samples.
CREATE TABLE finding (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    inspection_id  BIGINT        NOT NULL,
    source_kind    VARCHAR(12)   NOT NULL,
    item_id        BIGINT        NULL,
    item_text      VARCHAR(500)  NOT NULL,
    answer_value   VARCHAR(2000) NULL,
    comment        VARCHAR(1000) NULL,
    evidence_ref   VARCHAR(500)  NULL,
    knock_out      BOOLEAN       NOT NULL DEFAULT FALSE,
    unit_id        BIGINT        NOT NULL,
    unit_name      VARCHAR(200)  NOT NULL,
    unit_path      VARCHAR(255)  NOT NULL,
    supervisor_id  BIGINT        NOT NULL,
    state          VARCHAR(12)   NOT NULL,
    response       VARCHAR(1000) NULL,
    responded_by   VARCHAR(100)  NULL,
    reply          VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_finding_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_finding_item FOREIGN KEY (item_id) REFERENCES checklist_item (id),
    INDEX ix_finding_inspection (inspection_id),
    INDEX ix_finding_unit_path (unit_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- One action per acknowledged or upheld finding; last_notice_on keeps reminders to one a day.
CREATE TABLE corrective_action (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    finding_id     BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    unit_name      VARCHAR(200)  NOT NULL,
    unit_path      VARCHAR(255)  NOT NULL,
    owner_id       BIGINT        NOT NULL,
    owner_name     VARCHAR(120)  NOT NULL,
    due_on         DATE          NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    state          VARCHAR(12)   NOT NULL,
    done_note      VARCHAR(1000) NULL,
    done_evidence  VARCHAR(500)  NULL,
    check_note     VARCHAR(1000) NULL,
    last_notice_on DATE          NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_corrective_action_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
    CONSTRAINT fk_corrective_action_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    CONSTRAINT uq_corrective_action_finding UNIQUE (finding_id),
    INDEX ix_corrective_action_unit_path (unit_path),
    INDEX ix_corrective_action_due (state, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
