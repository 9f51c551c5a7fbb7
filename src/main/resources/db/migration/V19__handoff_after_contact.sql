-- The care contact a hand-off follows (raised from that contact on the customer page), highlighted in
-- the context packet among the task's contacts; null for hand-offs raised without one.
ALTER TABLE handoff ADD COLUMN contact_id BIGINT NULL AFTER task_id;
