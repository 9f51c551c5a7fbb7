-- A callback sample's draw reads the outcome and staff member of every contact on a unit's tasks
-- (execution.LoggedContacts.outcomesOfUnit): carrying both in the task index answers it from the
-- index alone, without a row lookup per contact (a large unit logs hundreds of thousands).
ALTER TABLE care_contact
    DROP INDEX ix_care_contact_task,
    ADD INDEX ix_care_contact_task (task_id, contacted_at, outcome, staff_id);

-- Who uploaded an inspection's evidence, as a user (the name shown may be shared): only they may remove
-- it while the inspection is a draft. Earlier uploads get their uploader from the audit trail.
ALTER TABLE inspection_evidence ADD COLUMN uploaded_by_id BIGINT NULL AFTER uploaded_by;

UPDATE inspection_evidence e
    JOIN audit_entry a ON a.entity_type = 'Evidence' AND a.entity_id = CAST(e.id AS CHAR) COLLATE utf8mb4_uca1400_vietnamese_ai_ci
                           AND a.action = 'CREATE'
    JOIN user_account u ON u.username = a.actor_username
SET e.uploaded_by_id = u.id;
