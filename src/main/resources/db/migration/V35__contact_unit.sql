-- A callback sample draws from the contacts a unit logged in a campaign (execution.LoggedContacts):
-- reaching them through the unit's tasks joined a large unit's hundreds of thousands of contacts to its
-- tasks on every draw. The contact now keeps the unit whose task it was logged on, and one index answers
-- a draw (counts per outcome and staff member, a seeded order within an outcome) from the index alone.
-- The task index no longer needs V27's extra columns.
ALTER TABLE care_contact ADD COLUMN unit_id BIGINT NULL AFTER campaign_id;

UPDATE care_contact cc JOIN care_task t ON t.id = cc.task_id SET cc.unit_id = t.unit_id;

ALTER TABLE care_contact
    MODIFY unit_id BIGINT NOT NULL,
    ADD INDEX ix_care_contact_unit (unit_id, campaign_id, outcome, staff_id),
    ADD CONSTRAINT fk_care_contact_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    DROP INDEX ix_care_contact_task,
    ADD INDEX ix_care_contact_task (task_id, contacted_at);
