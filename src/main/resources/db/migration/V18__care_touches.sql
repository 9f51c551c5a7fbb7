-- Care touches (decision 0016): the orientation says which touches a campaign needs; a call that
-- books a visit keeps the task open until the appointment's visit; a contact records which gift
-- line of the campaign's budget it handed over and how many, with optional evidence of receipt.
ALTER TABLE campaign_orientation ADD COLUMN touches VARCHAR(32) NOT NULL DEFAULT 'CALL_ONLY';

ALTER TABLE care_task ADD COLUMN appointment_at DATETIME(6) NULL AFTER callback_at;

ALTER TABLE care_contact
    ADD COLUMN appointment_at DATETIME(6) NULL AFTER callback_at,
    ADD COLUMN gift_line_id   BIGINT      NULL AFTER outcome,
    ADD COLUMN gift_quantity  INT         NOT NULL DEFAULT 0 AFTER gift_line_id,
    ADD CONSTRAINT fk_care_contact_gift_line FOREIGN KEY (gift_line_id) REFERENCES budget_line (id),
    -- Budget used: the campaign's gift contacts only, read without the contact rows of calls.
    ADD INDEX ix_care_contact_gift (campaign_id, gift_line_id, task_id, gift_quantity);

-- A contact logged "gift delivered" before this migration handed over one gift, priced as the budget
-- used priced it then: the task's unit's first gift line, else the centre's first one.
UPDATE care_contact cc JOIN care_task t ON t.id = cc.task_id
SET cc.gift_quantity = 1,
    cc.gift_line_id = COALESCE(
        (SELECT MIN(b.id) FROM budget_line b WHERE b.campaign_id = cc.campaign_id AND b.category = 'GIFT'
                                               AND b.unit_id = t.unit_id),
        (SELECT MIN(b.id) FROM budget_line b WHERE b.campaign_id = cc.campaign_id AND b.category = 'GIFT'
                                               AND b.unit_id IS NULL))
WHERE cc.gift_delivered;

ALTER TABLE care_contact DROP COLUMN gift_delivered;

-- The signed receipt of a gift (a photo or a PDF), checked by its content, at most one per contact.
CREATE TABLE care_contact_evidence (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contact_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size         INT          NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_care_contact_evidence UNIQUE (contact_id),
    CONSTRAINT fk_care_contact_evidence_contact FOREIGN KEY (contact_id) REFERENCES care_contact (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
