-- A unit's open tasks by due time: the manager's overdue figure and the assignment view's overdue filter counted
-- them by reading every care task (110 ms on the province campaign); with this index they read the overdue ones.
ALTER TABLE care_task ADD INDEX ix_care_task_due (campaign_id, unit_id, state, due_at);
