-- A callback sample's draw reads the outcome and staff member of every contact on a unit's tasks
-- (execution.LoggedContacts.outcomesOfUnit): carrying both in the task index answers it from the
-- index alone, without a row lookup per contact (a large unit logs hundreds of thousands).
ALTER TABLE care_contact
    DROP INDEX ix_care_contact_task,
    ADD INDEX ix_care_contact_task (task_id, contacted_at, outcome, staff_id);
